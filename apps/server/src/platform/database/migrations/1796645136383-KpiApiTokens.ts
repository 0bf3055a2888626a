import type { MigrationInterface, QueryRunner } from 'typeorm';

export class KpiApiTokens1796645136383 implements MigrationInterface {
  name = 'KpiApiTokens1796645136383';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "kpi_api_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "brand_id" uuid NOT NULL, "user_id" uuid NOT NULL, "label" character varying(100) NOT NULL, "token_hash" character varying(64) NOT NULL, "last_four" character varying(4) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_b7d564cee37909a3e0c9c653430" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_bf7fae8a717b1469d5385124a8" ON "kpi_api_tokens"  ("token_hash") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_8e4a76058b930f5a607d6e8835" ON "kpi_api_tokens"  ("brand_id", "user_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "kpi_api_tokens" ADD CONSTRAINT "FK_51d9a9e1bde8017308b6e2c82f3" FOREIGN KEY ("brand_id") REFERENCES "brands"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "kpi_api_tokens" ADD CONSTRAINT "FK_17f7f26a74e50c7da7051e11363" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "kpi_api_tokens" DROP CONSTRAINT "FK_17f7f26a74e50c7da7051e11363"',
    );
    await queryRunner.query(
      'ALTER TABLE "kpi_api_tokens" DROP CONSTRAINT "FK_51d9a9e1bde8017308b6e2c82f3"',
    );
    await queryRunner.query('DROP INDEX "public"."IDX_8e4a76058b930f5a607d6e8835"');
    await queryRunner.query('DROP INDEX "public"."IDX_bf7fae8a717b1469d5385124a8"');
    await queryRunner.query('DROP TABLE "kpi_api_tokens"');
  }
}
