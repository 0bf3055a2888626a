import type { MigrationInterface, QueryRunner } from 'typeorm';

export class KpiImportMappings1796648145415 implements MigrationInterface {
  name = 'KpiImportMappings1796648145415';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "kpi_import_mappings" ("brand_id" uuid NOT NULL, "network" character varying(20) NOT NULL, "mapping" jsonb NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e8c716af4442b86aa66b54923ef" PRIMARY KEY ("brand_id", "network"))',
    );
    await queryRunner.query(
      'ALTER TABLE "kpi_import_mappings" ADD CONSTRAINT "FK_78f9e5b767e208a0b1fb774adea" FOREIGN KEY ("brand_id") REFERENCES "brands"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "kpi_import_mappings" DROP CONSTRAINT "FK_78f9e5b767e208a0b1fb774adea"',
    );
    await queryRunner.query('DROP TABLE "kpi_import_mappings"');
  }
}
