import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Share links say what they open; a link may now open a brand's KPI report (issue 17). */
export class ShareLinkReports1796682000000 implements MigrationInterface {
  name = 'ShareLinkReports1796682000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "share_links" ADD "resource_kind" character varying(10) NOT NULL DEFAULT \'document\'',
    );
    await queryRunner.query(
      'UPDATE "share_links" SET "resource_kind" = \'calendar\' WHERE "document_id" IS NULL',
    );
    await queryRunner.query('ALTER TABLE "share_links" ALTER COLUMN "resource_kind" DROP DEFAULT');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DELETE FROM "share_links" WHERE "resource_kind" = \'report\'');
    await queryRunner.query('ALTER TABLE "share_links" DROP COLUMN "resource_kind"');
  }
}
