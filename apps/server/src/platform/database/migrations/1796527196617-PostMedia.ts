import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PostMedia1796527196617 implements MigrationInterface {
  name = 'PostMedia1796527196617';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "post_media" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "post_id" uuid NOT NULL, "blob_key" character varying(300) NOT NULL, "mime" character varying(100) NOT NULL, "bytes" bigint NOT NULL, "width" integer, "height" integer, "thumbnail_key" character varying(300), "file_name" character varying(200) NOT NULL, "position" integer NOT NULL, "uploaded_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_049edb1ce7ab3d2a98009b171d0" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_65bdafda737d9c4c6fccbf71f4" ON "post_media"  ("post_id", "position") ',
    );
    await queryRunner.query(
      'ALTER TABLE "post_media" ADD CONSTRAINT "FK_1eeb54a4fdfbe9db17899243cbe" FOREIGN KEY ("post_id") REFERENCES "posts"("document_id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "post_media" ADD CONSTRAINT "FK_6c64deea9531919535d85212b4e" FOREIGN KEY ("uploaded_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "post_media" DROP CONSTRAINT "FK_6c64deea9531919535d85212b4e"',
    );
    await queryRunner.query(
      'ALTER TABLE "post_media" DROP CONSTRAINT "FK_1eeb54a4fdfbe9db17899243cbe"',
    );
    await queryRunner.query('DROP INDEX "public"."IDX_65bdafda737d9c4c6fccbf71f4"');
    await queryRunner.query('DROP TABLE "post_media"');
  }
}
