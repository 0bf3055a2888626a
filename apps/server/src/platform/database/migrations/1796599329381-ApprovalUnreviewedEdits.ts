import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ApprovalUnreviewedEdits1796599329381 implements MigrationInterface {
  name = 'ApprovalUnreviewedEdits1796599329381';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "approval_requests" ADD "unreviewed_edit_at" TIMESTAMP WITH TIME ZONE',
    );
    await queryRunner.query('ALTER TABLE "approval_requests" ADD "unreviewed_edit_by" uuid');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "approval_requests" DROP COLUMN "unreviewed_edit_by"');
    await queryRunner.query('ALTER TABLE "approval_requests" DROP COLUMN "unreviewed_edit_at"');
  }
}
