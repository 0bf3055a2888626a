import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Kpis1796614981609 implements MigrationInterface {
  name = 'Kpis1796614981609';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "kpis" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "brand_id" uuid NOT NULL, "goal_id" character varying(100), "strategy_document_id" uuid, "name" character varying(300) NOT NULL, "metric" character varying(40) NOT NULL, "unit" character varying(10) NOT NULL, "currency" character varying(3), "direction" character varying(6) NOT NULL, "network" character varying(20), "baseline" double precision, "target" double precision, "start_date" date NOT NULL, "deadline" date, "period_kind" character varying(8) NOT NULL DEFAULT \'month\', "target_mode" character varying(12) NOT NULL DEFAULT \'linear\', "goal_removed_at" TIMESTAMP WITH TIME ZONE, "archived_at" TIMESTAMP WITH TIME ZONE, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_96cc541107cdc102a50e2b0ac90" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "UQ_kpis_brand_goal" ON "kpis"  ("brand_id", "goal_id") WHERE goal_id IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE TABLE "kpi_targets" ("kpi_id" uuid NOT NULL, "period_key" character varying(10) NOT NULL, "value" double precision NOT NULL, CONSTRAINT "PK_a03113592de63b19617013526af" PRIMARY KEY ("kpi_id", "period_key"))',
    );
    await queryRunner.query(
      'CREATE TABLE "kpi_actuals" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "brand_id" uuid NOT NULL, "network" character varying(20) NOT NULL, "metric" character varying(30) NOT NULL, "period_key" character varying(10) NOT NULL, "post_ref" character varying(500) NOT NULL DEFAULT \'\', "value" double precision NOT NULL, "updated_by" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_aadf055255c66be83da709461a7" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "UQ_kpi_actuals_cell" ON "kpi_actuals"  ("brand_id", "network", "metric", "period_key", "post_ref") ',
    );
    await queryRunner.query(
      'CREATE TABLE "kpi_notes" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "brand_id" uuid NOT NULL, "kpi_id" uuid NOT NULL, "period_key" character varying(10), "body" text NOT NULL, "strategy_document_id" uuid, "strategy_section" character varying(200), "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_16c8676ea9a79838e19812df186" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "kpi_plan_cells" ("document_id" uuid NOT NULL, "row_id" character varying(40) NOT NULL, "period_key" character varying(10) NOT NULL, "brand_id" uuid NOT NULL, "block" character varying(8) NOT NULL, "channel" character varying(100) NOT NULL, "goal_id" character varying(100) NOT NULL, "currency" character varying(3) NOT NULL, "budget" bigint NOT NULL, "quantity" double precision NOT NULL, CONSTRAINT "PK_4c120c3cba75c67ede2f7cf64fd" PRIMARY KEY ("document_id", "row_id", "period_key"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_kpi_plan_cells_brand" ON "kpi_plan_cells"  ("brand_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "kpis" ADD CONSTRAINT "FK_873f7a17fb2f1436df9a1954c49" FOREIGN KEY ("brand_id") REFERENCES "brands"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "kpi_targets" ADD CONSTRAINT "FK_e85f5bdf74fa7bdd35bc9f65fb7" FOREIGN KEY ("kpi_id") REFERENCES "kpis"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "kpi_actuals" ADD CONSTRAINT "FK_487a4a3f891595c425228e9941b" FOREIGN KEY ("brand_id") REFERENCES "brands"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "kpi_notes" ADD CONSTRAINT "FK_3c442bab873799d0e8b6268f61e" FOREIGN KEY ("brand_id") REFERENCES "brands"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "kpi_notes" ADD CONSTRAINT "FK_975208ae91fa664dd996d7dffb9" FOREIGN KEY ("kpi_id") REFERENCES "kpis"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "kpi_plan_cells" ADD CONSTRAINT "FK_a96f533b10517ead5cdbd1e4430" FOREIGN KEY ("document_id") REFERENCES "documents"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "kpi_plan_cells" ADD CONSTRAINT "FK_7516d9291845a874b345e8b93ad" FOREIGN KEY ("brand_id") REFERENCES "brands"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "kpi_plan_cells" DROP CONSTRAINT "FK_7516d9291845a874b345e8b93ad"',
    );
    await queryRunner.query(
      'ALTER TABLE "kpi_plan_cells" DROP CONSTRAINT "FK_a96f533b10517ead5cdbd1e4430"',
    );
    await queryRunner.query(
      'ALTER TABLE "kpi_notes" DROP CONSTRAINT "FK_975208ae91fa664dd996d7dffb9"',
    );
    await queryRunner.query(
      'ALTER TABLE "kpi_notes" DROP CONSTRAINT "FK_3c442bab873799d0e8b6268f61e"',
    );
    await queryRunner.query(
      'ALTER TABLE "kpi_actuals" DROP CONSTRAINT "FK_487a4a3f891595c425228e9941b"',
    );
    await queryRunner.query(
      'ALTER TABLE "kpi_targets" DROP CONSTRAINT "FK_e85f5bdf74fa7bdd35bc9f65fb7"',
    );
    await queryRunner.query('ALTER TABLE "kpis" DROP CONSTRAINT "FK_873f7a17fb2f1436df9a1954c49"');
    await queryRunner.query('DROP INDEX "public"."IDX_kpi_plan_cells_brand"');
    await queryRunner.query('DROP TABLE "kpi_plan_cells"');
    await queryRunner.query('DROP TABLE "kpi_notes"');
    await queryRunner.query('DROP INDEX "public"."UQ_kpi_actuals_cell"');
    await queryRunner.query('DROP TABLE "kpi_actuals"');
    await queryRunner.query('DROP TABLE "kpi_targets"');
    await queryRunner.query('DROP INDEX "public"."UQ_kpis_brand_goal"');
    await queryRunner.query('DROP TABLE "kpis"');
  }
}
