import type { MigrationInterface, QueryRunner } from 'typeorm';

export class StrategiesVersionsMediaPlans1795318502879 implements MigrationInterface {
  name = 'StrategiesVersionsMediaPlans1795318502879';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "document_versions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "document_id" uuid NOT NULL, "number" integer NOT NULL, "kind" character varying(20) NOT NULL, "name" character varying(200), "created_by" uuid, "restored_from" integer, "state" bytea NOT NULL, "size_bytes" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_baf26dab035c6d6fc433f9dc6a2" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_c5364117ab772a34b793063f31" ON "document_versions"  ("document_id", "number") ',
    );
    await queryRunner.query('ALTER TABLE "documents" ADD "language" character varying(10)');
    await queryRunner.query(
      'ALTER TABLE "documents" ADD "last_edited_at" TIMESTAMP WITH TIME ZONE',
    );
    await queryRunner.query('ALTER TABLE "documents" ADD "last_edited_by" uuid');
    await queryRunner.query(
      'ALTER TABLE "document_versions" ADD CONSTRAINT "FK_ac75577bca976d6d581b0f459b6" FOREIGN KEY ("document_id") REFERENCES "documents"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "document_versions" DROP CONSTRAINT "FK_ac75577bca976d6d581b0f459b6"',
    );
    await queryRunner.query('ALTER TABLE "documents" DROP COLUMN "last_edited_by"');
    await queryRunner.query('ALTER TABLE "documents" DROP COLUMN "last_edited_at"');
    await queryRunner.query('ALTER TABLE "documents" DROP COLUMN "language"');
    await queryRunner.query('DROP INDEX "public"."IDX_c5364117ab772a34b793063f31"');
    await queryRunner.query('DROP TABLE "document_versions"');
  }
}
