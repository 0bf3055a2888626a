import type { MigrationInterface, QueryRunner } from 'typeorm';

export class KpiGoalSources1796681913295 implements MigrationInterface {
  name = 'KpiGoalSources1796681913295';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "kpi_goal_sources" ("document_id" uuid NOT NULL, "brand_id" uuid NOT NULL, "goals" jsonb NOT NULL, "read_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_dca5a2640141b6a44a0c5af54fc" PRIMARY KEY ("document_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_kpi_goal_sources_brand" ON "kpi_goal_sources"  ("brand_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "kpi_goal_sources" ADD CONSTRAINT "FK_dca5a2640141b6a44a0c5af54fc" FOREIGN KEY ("document_id") REFERENCES "documents"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "kpi_goal_sources" ADD CONSTRAINT "FK_3a27d511520bbd238043f085830" FOREIGN KEY ("brand_id") REFERENCES "brands"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "kpi_goal_sources" DROP CONSTRAINT "FK_3a27d511520bbd238043f085830"',
    );
    await queryRunner.query(
      'ALTER TABLE "kpi_goal_sources" DROP CONSTRAINT "FK_dca5a2640141b6a44a0c5af54fc"',
    );
    await queryRunner.query('DROP INDEX "public"."IDX_kpi_goal_sources_brand"');
    await queryRunner.query('DROP TABLE "kpi_goal_sources"');
  }
}
