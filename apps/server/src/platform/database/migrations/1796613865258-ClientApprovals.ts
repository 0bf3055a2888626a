import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ClientApprovals1796613865258 implements MigrationInterface {
  name = 'ClientApprovals1796613865258';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "approval_decisions" ADD "guest_session_id" uuid');
    await queryRunner.query(
      'ALTER TABLE "approval_decisions" ADD "guest_name" character varying(100)',
    );
    await queryRunner.query(
      'ALTER TABLE "approval_decisions" ADD "guest_label" character varying(200)',
    );
    await queryRunner.query(
      'ALTER TABLE "approval_decisions" ADD "guest_email" character varying(254)',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "approval_decisions" DROP COLUMN "guest_email"');
    await queryRunner.query('ALTER TABLE "approval_decisions" DROP COLUMN "guest_label"');
    await queryRunner.query('ALTER TABLE "approval_decisions" DROP COLUMN "guest_name"');
    await queryRunner.query('ALTER TABLE "approval_decisions" DROP COLUMN "guest_session_id"');
  }
}
