import type { MigrationInterface, QueryRunner } from 'typeorm';

export class KpiPlanCellRowNames1796669385669 implements MigrationInterface {
  name = 'KpiPlanCellRowNames1796669385669';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "kpi_plan_cells" ADD "activity" character varying(300) NOT NULL DEFAULT \'\'',
    );
    await queryRunner.query(
      'ALTER TABLE "kpi_plan_cells" ADD "pricing" character varying(8) NOT NULL DEFAULT \'FLAT\'',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "kpi_plan_cells" DROP COLUMN "pricing"');
    await queryRunner.query('ALTER TABLE "kpi_plan_cells" DROP COLUMN "activity"');
  }
}
