import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SystemMetadata1795306811836 implements MigrationInterface {
  name = 'SystemMetadata1795306811836';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "system_metadata" ("key" character varying(100) NOT NULL, "value" jsonb NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_fa94f6857470fb5b81ec6084465" PRIMARY KEY ("key"))',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "system_metadata"');
  }
}
