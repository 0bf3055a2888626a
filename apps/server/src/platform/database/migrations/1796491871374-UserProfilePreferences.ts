import type { MigrationInterface, QueryRunner } from 'typeorm';

export class UserProfilePreferences1796491871374 implements MigrationInterface {
  name = 'UserProfilePreferences1796491871374';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "users" ADD "interface_language" character varying(5)');
    await queryRunner.query('ALTER TABLE "users" ADD "time_zone" character varying(64)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "users" DROP COLUMN "time_zone"');
    await queryRunner.query('ALTER TABLE "users" DROP COLUMN "interface_language"');
  }
}
