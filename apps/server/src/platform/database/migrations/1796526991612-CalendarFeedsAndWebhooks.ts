import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CalendarFeedsAndWebhooks1796526991612 implements MigrationInterface {
  name = 'CalendarFeedsAndWebhooks1796526991612';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "calendar_feeds" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "brand_id" uuid NOT NULL, "user_id" uuid NOT NULL, "token_hash" character varying(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_045067d8bb57f971f3c5426ea71" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_df53b5f17d35a6bac0fb13e16a" ON "calendar_feeds"  ("token_hash") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_e0a8d4c76c27f6d9387cdd3678" ON "calendar_feeds"  ("brand_id", "user_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "webhook_attempts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "delivery_id" uuid NOT NULL, "attempt" integer NOT NULL, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "duration_ms" integer NOT NULL, "status_code" integer, "ok" boolean NOT NULL, "error" character varying(500), CONSTRAINT "PK_2de7e7887ad97de459adab62638" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_5ec32a71f45112dcc2ef75373a" ON "webhook_attempts"  ("delivery_id", "attempt") ',
    );
    await queryRunner.query(
      'CREATE TABLE "webhook_deliveries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "endpoint_id" uuid NOT NULL, "event_id" uuid, "event_type" character varying(40) NOT NULL, "body" text NOT NULL, "status" character varying(12) NOT NULL DEFAULT \'pending\', "redelivery_of" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "finished_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_535dd409947fb6d8fc6dfc0112a" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_32fee76f3b2cd92e81edb9cbf0" ON "webhook_deliveries"  ("endpoint_id", "event_id") WHERE "event_id" IS NOT NULL',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_90d878c7d3ce99fb2ef328d4d5" ON "webhook_deliveries"  ("endpoint_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "webhook_endpoints" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "brand_id" uuid NOT NULL, "url" character varying(2000) NOT NULL, "description" character varying(200) NOT NULL DEFAULT \'\', "secret" character varying(100) NOT NULL, "event_types" character varying(40) array NOT NULL, "active" boolean NOT NULL DEFAULT true, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_054c4cfb95223732f5939d2d546" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_befb4f1fe1aa9cdfb78410c8ef" ON "webhook_endpoints"  ("brand_id", "created_at") ',
    );
    await queryRunner.query(
      'ALTER TABLE "calendar_feeds" ADD CONSTRAINT "FK_c75a76a0eab6c08b35e37085625" FOREIGN KEY ("brand_id") REFERENCES "brands"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "calendar_feeds" ADD CONSTRAINT "FK_3212ce9ff23847e66347a6730d3" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "webhook_attempts" ADD CONSTRAINT "FK_0d56d91d61b827bb2079c256538" FOREIGN KEY ("delivery_id") REFERENCES "webhook_deliveries"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "FK_0b882c26a9b91c26e6e86b4867c" FOREIGN KEY ("endpoint_id") REFERENCES "webhook_endpoints"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "webhook_endpoints" ADD CONSTRAINT "FK_a88f669077c41efa483c36a7c7a" FOREIGN KEY ("brand_id") REFERENCES "brands"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "webhook_endpoints" DROP CONSTRAINT "FK_a88f669077c41efa483c36a7c7a"',
    );
    await queryRunner.query(
      'ALTER TABLE "webhook_deliveries" DROP CONSTRAINT "FK_0b882c26a9b91c26e6e86b4867c"',
    );
    await queryRunner.query(
      'ALTER TABLE "webhook_attempts" DROP CONSTRAINT "FK_0d56d91d61b827bb2079c256538"',
    );
    await queryRunner.query(
      'ALTER TABLE "calendar_feeds" DROP CONSTRAINT "FK_3212ce9ff23847e66347a6730d3"',
    );
    await queryRunner.query(
      'ALTER TABLE "calendar_feeds" DROP CONSTRAINT "FK_c75a76a0eab6c08b35e37085625"',
    );
    await queryRunner.query('DROP INDEX "public"."IDX_befb4f1fe1aa9cdfb78410c8ef"');
    await queryRunner.query('DROP TABLE "webhook_endpoints"');
    await queryRunner.query('DROP INDEX "public"."IDX_90d878c7d3ce99fb2ef328d4d5"');
    await queryRunner.query('DROP INDEX "public"."IDX_32fee76f3b2cd92e81edb9cbf0"');
    await queryRunner.query('DROP TABLE "webhook_deliveries"');
    await queryRunner.query('DROP INDEX "public"."IDX_5ec32a71f45112dcc2ef75373a"');
    await queryRunner.query('DROP TABLE "webhook_attempts"');
    await queryRunner.query('DROP INDEX "public"."IDX_e0a8d4c76c27f6d9387cdd3678"');
    await queryRunner.query('DROP INDEX "public"."IDX_df53b5f17d35a6bac0fb13e16a"');
    await queryRunner.query('DROP TABLE "calendar_feeds"');
  }
}
