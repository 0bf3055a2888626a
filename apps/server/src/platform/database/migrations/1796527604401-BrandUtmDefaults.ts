import type { MigrationInterface, QueryRunner } from 'typeorm';

export class BrandUtmDefaults1796527604401 implements MigrationInterface {
  name = 'BrandUtmDefaults1796527604401';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "brands" ADD "utm_medium" character varying(100) NOT NULL DEFAULT \'social\'',
    );
    await queryRunner.query(
      'ALTER TABLE "brands" ADD "utm_campaign" character varying(100) NOT NULL DEFAULT \'\'',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "brands" DROP COLUMN "utm_campaign"');
    await queryRunner.query('ALTER TABLE "brands" DROP COLUMN "utm_medium"');
  }
}
