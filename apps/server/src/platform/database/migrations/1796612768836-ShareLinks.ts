import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ShareLinks1796612768836 implements MigrationInterface {
  name = 'ShareLinks1796612768836';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "share_links" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "brand_id" uuid NOT NULL, "document_id" uuid, "calendar_from" date, "calendar_to" date, "networks" character varying(40) array, "category_ids" uuid array, "capability" character varying(10) NOT NULL, "label" character varying(200) NOT NULL, "token_hash" character(64) NOT NULL, "password_hash" character varying(200), "expires_at" TIMESTAMP WITH TIME ZONE, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "revoked_at" TIMESTAMP WITH TIME ZONE, "last_opened_at" TIMESTAMP WITH TIME ZONE, "last_opened_by_name" character varying(100), "open_count" integer NOT NULL DEFAULT \'0\', CONSTRAINT "UQ_9e5c29ce5b3cab482e85d7f8138" UNIQUE ("token_hash"), CONSTRAINT "PK_70320b79ecd8acab96419fcdd6d" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_cfbb81143f8485c229e6a27bea" ON "share_links"  ("document_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_08d71c3ba1a3ad744c579af002" ON "share_links"  ("brand_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "guest_sessions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "share_link_id" uuid NOT NULL, "name" character varying(100) NOT NULL, "email" character varying(254), "email_confirmed_at" TIMESTAMP WITH TIME ZONE, "otp_hash" character(64), "otp_expires_at" TIMESTAMP WITH TIME ZONE, "otp_attempts" integer NOT NULL DEFAULT \'0\', "token_hash" character(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "UQ_33265284eb1ea21e20bfc3a3854" UNIQUE ("token_hash"), CONSTRAINT "PK_7c077389b040139ae9487c1b03e" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_e650ec8044481f01561997fc46" ON "guest_sessions"  ("share_link_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "share_links" ADD CONSTRAINT "FK_003d16fc78b8c821c3b3a31b3e0" FOREIGN KEY ("brand_id") REFERENCES "brands"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "share_links" ADD CONSTRAINT "FK_cfbb81143f8485c229e6a27bea6" FOREIGN KEY ("document_id") REFERENCES "documents"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "share_links" ADD CONSTRAINT "FK_4e055b58ebb5b76da987a770673" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "guest_sessions" ADD CONSTRAINT "FK_e650ec8044481f01561997fc463" FOREIGN KEY ("share_link_id") REFERENCES "share_links"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "guest_sessions" DROP CONSTRAINT "FK_e650ec8044481f01561997fc463"',
    );
    await queryRunner.query(
      'ALTER TABLE "share_links" DROP CONSTRAINT "FK_4e055b58ebb5b76da987a770673"',
    );
    await queryRunner.query(
      'ALTER TABLE "share_links" DROP CONSTRAINT "FK_cfbb81143f8485c229e6a27bea6"',
    );
    await queryRunner.query(
      'ALTER TABLE "share_links" DROP CONSTRAINT "FK_003d16fc78b8c821c3b3a31b3e0"',
    );
    await queryRunner.query('DROP INDEX "public"."IDX_e650ec8044481f01561997fc46"');
    await queryRunner.query('DROP TABLE "guest_sessions"');
    await queryRunner.query('DROP INDEX "public"."IDX_08d71c3ba1a3ad744c579af002"');
    await queryRunner.query('DROP INDEX "public"."IDX_cfbb81143f8485c229e6a27bea"');
    await queryRunner.query('DROP TABLE "share_links"');
  }
}
