import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ApprovalReopenToStep1796599559145 implements MigrationInterface {
  name = 'ApprovalReopenToStep1796599559145';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "approval_requests" ADD "reopen_to_step" integer NOT NULL DEFAULT \'0\'',
    );
    await queryRunner.query(
      'ALTER TABLE "approval_flows" ADD "reopen_to_step" integer NOT NULL DEFAULT \'0\'',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "approval_flows" DROP COLUMN "reopen_to_step"');
    await queryRunner.query('ALTER TABLE "approval_requests" DROP COLUMN "reopen_to_step"');
  }
}
