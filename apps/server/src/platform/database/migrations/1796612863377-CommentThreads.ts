import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CommentThreads1796612863377 implements MigrationInterface {
  name = 'CommentThreads1796612863377';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "comment_threads" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "document_id" uuid NOT NULL, "brand_id" uuid NOT NULL, "anchor_kind" character varying(10) NOT NULL, "anchor_field" character varying(40), "anchor_start" text, "anchor_end" text, "anchor_quote" character varying(500), "anchor_row_id" character varying(100), "anchor_period" character varying(40), "anchor_network" character varying(40), "visibility" character varying(10) NOT NULL, "status" character varying(10) NOT NULL DEFAULT \'open\', "resolved_at" TIMESTAMP WITH TIME ZONE, "resolved_by" uuid, "created_by" uuid, "guest_session_id" uuid, "guest_name" character varying(100), "escalation_topics" text array NOT NULL DEFAULT \'{}\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_activity_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ec42aef8a8a2818072e63e1745f" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_comment_threads_document_status" ON "comment_threads"  ("document_id", "status", "visibility") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_comment_threads_document_activity" ON "comment_threads"  ("document_id", "last_activity_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "comments" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "thread_id" uuid NOT NULL, "body" text NOT NULL, "author_id" uuid, "guest_session_id" uuid, "guest_name" character varying(100), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "edited_at" TIMESTAMP WITH TIME ZONE, "deleted_at" TIMESTAMP WITH TIME ZONE, "hidden_at" TIMESTAMP WITH TIME ZONE, "hidden_by" uuid, "hidden_reason" character varying(500), CONSTRAINT "PK_8bf68bc960f2b69e818bdb90dcb" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_comments_thread_created" ON "comments"  ("thread_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "comment_edits" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "comment_id" uuid NOT NULL, "previous_body" text NOT NULL, "edited_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_880623d6a48f949ad7bb15d6a02" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_comment_edits_comment" ON "comment_edits"  ("comment_id", "edited_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "comment_reactions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "comment_id" uuid NOT NULL, "reactor" character varying(60) NOT NULL, "user_id" uuid, "emoji" character varying(32) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_comment_reactions_reactor_emoji" UNIQUE ("comment_id", "reactor", "emoji"), CONSTRAINT "PK_d10c03282d5280fe55f0bb67563" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "comment_mentions" ("comment_id" uuid NOT NULL, "user_id" uuid NOT NULL, CONSTRAINT "PK_b8b27863e0146c27bd8c6962e1e" PRIMARY KEY ("comment_id", "user_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_comment_mentions_user" ON "comment_mentions"  ("user_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "comment_threads" ADD CONSTRAINT "FK_1c19e30f887c42fa4578addc828" FOREIGN KEY ("document_id") REFERENCES "documents"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "comment_threads" ADD CONSTRAINT "FK_37e978c8e405f98c5dc19fc70d9" FOREIGN KEY ("brand_id") REFERENCES "brands"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "comment_threads" ADD CONSTRAINT "FK_656f8f498f55ed0ffa92c447c24" FOREIGN KEY ("resolved_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "comment_threads" ADD CONSTRAINT "FK_805de7542c1a2972fe87ee240e7" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "comments" ADD CONSTRAINT "FK_e7d9c02826213be7fb6487f3909" FOREIGN KEY ("thread_id") REFERENCES "comment_threads"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "comments" ADD CONSTRAINT "FK_e6d38899c31997c45d128a8973b" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "comments" ADD CONSTRAINT "FK_38518929e5c43de3805ed49bdc6" FOREIGN KEY ("hidden_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "comment_edits" ADD CONSTRAINT "FK_5f4ca90310019c6c6602f07a362" FOREIGN KEY ("comment_id") REFERENCES "comments"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "comment_reactions" ADD CONSTRAINT "FK_dc714054fc62b698018fcb0ae37" FOREIGN KEY ("comment_id") REFERENCES "comments"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "comment_reactions" ADD CONSTRAINT "FK_481c40600b2ee590adb27abb0e6" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "comment_mentions" ADD CONSTRAINT "FK_9ac3fac766fa09176e5c53e4d3f" FOREIGN KEY ("comment_id") REFERENCES "comments"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "comment_mentions" ADD CONSTRAINT "FK_a29d739a2d28fb38b8b591f8152" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "comment_mentions" DROP CONSTRAINT "FK_a29d739a2d28fb38b8b591f8152"',
    );
    await queryRunner.query(
      'ALTER TABLE "comment_mentions" DROP CONSTRAINT "FK_9ac3fac766fa09176e5c53e4d3f"',
    );
    await queryRunner.query(
      'ALTER TABLE "comment_reactions" DROP CONSTRAINT "FK_481c40600b2ee590adb27abb0e6"',
    );
    await queryRunner.query(
      'ALTER TABLE "comment_reactions" DROP CONSTRAINT "FK_dc714054fc62b698018fcb0ae37"',
    );
    await queryRunner.query(
      'ALTER TABLE "comment_edits" DROP CONSTRAINT "FK_5f4ca90310019c6c6602f07a362"',
    );
    await queryRunner.query(
      'ALTER TABLE "comments" DROP CONSTRAINT "FK_38518929e5c43de3805ed49bdc6"',
    );
    await queryRunner.query(
      'ALTER TABLE "comments" DROP CONSTRAINT "FK_e6d38899c31997c45d128a8973b"',
    );
    await queryRunner.query(
      'ALTER TABLE "comments" DROP CONSTRAINT "FK_e7d9c02826213be7fb6487f3909"',
    );
    await queryRunner.query(
      'ALTER TABLE "comment_threads" DROP CONSTRAINT "FK_805de7542c1a2972fe87ee240e7"',
    );
    await queryRunner.query(
      'ALTER TABLE "comment_threads" DROP CONSTRAINT "FK_656f8f498f55ed0ffa92c447c24"',
    );
    await queryRunner.query(
      'ALTER TABLE "comment_threads" DROP CONSTRAINT "FK_37e978c8e405f98c5dc19fc70d9"',
    );
    await queryRunner.query(
      'ALTER TABLE "comment_threads" DROP CONSTRAINT "FK_1c19e30f887c42fa4578addc828"',
    );
    await queryRunner.query('DROP INDEX "public"."IDX_comment_mentions_user"');
    await queryRunner.query('DROP TABLE "comment_mentions"');
    await queryRunner.query('DROP TABLE "comment_reactions"');
    await queryRunner.query('DROP INDEX "public"."IDX_comment_edits_comment"');
    await queryRunner.query('DROP TABLE "comment_edits"');
    await queryRunner.query('DROP INDEX "public"."IDX_comments_thread_created"');
    await queryRunner.query('DROP TABLE "comments"');
    await queryRunner.query('DROP INDEX "public"."IDX_comment_threads_document_activity"');
    await queryRunner.query('DROP INDEX "public"."IDX_comment_threads_document_status"');
    await queryRunner.query('DROP TABLE "comment_threads"');
  }
}
