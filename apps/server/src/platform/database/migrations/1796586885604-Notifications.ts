import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Notifications1796586885604 implements MigrationInterface {
  name = 'Notifications1796586885604';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "notifications" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "kind" character varying(60) NOT NULL, "event_id" uuid NOT NULL, "workspace_id" uuid NOT NULL, "brand_id" uuid, "document_id" uuid, "actor_id" uuid, "data" jsonb NOT NULL DEFAULT \'{}\', "in_app" boolean NOT NULL DEFAULT true, "email_state" character varying(10) NOT NULL DEFAULT \'none\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_notifications_event_user_kind" UNIQUE ("event_id", "user_id", "kind"), CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_notifications_user_created" ON "notifications"  ("user_id", "created_at", "id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "notification_preferences" ("user_id" uuid NOT NULL, "kind" character varying(60) NOT NULL, "in_app" boolean NOT NULL, "email" boolean NOT NULL, "email_mode" character varying(10) NOT NULL, CONSTRAINT "PK_4beeeb46feaf58d75e124c8ba58" PRIMARY KEY ("user_id", "kind"))',
    );
    await queryRunner.query(
      'ALTER TABLE "notifications" ADD CONSTRAINT "FK_9a8a82462cab47c73d25f49261f" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "notifications" ADD CONSTRAINT "FK_ff8a9bf1b558104a843964c01ec" FOREIGN KEY ("workspace_id") REFERENCES "workspaces"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "notification_preferences" ADD CONSTRAINT "FK_64c90edc7310c6be7c10c96f675" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "notification_preferences" DROP CONSTRAINT "FK_64c90edc7310c6be7c10c96f675"',
    );
    await queryRunner.query(
      'ALTER TABLE "notifications" DROP CONSTRAINT "FK_ff8a9bf1b558104a843964c01ec"',
    );
    await queryRunner.query(
      'ALTER TABLE "notifications" DROP CONSTRAINT "FK_9a8a82462cab47c73d25f49261f"',
    );
    await queryRunner.query('DROP TABLE "notification_preferences"');
    await queryRunner.query('DROP INDEX "public"."IDX_notifications_user_created"');
    await queryRunner.query('DROP TABLE "notifications"');
  }
}
