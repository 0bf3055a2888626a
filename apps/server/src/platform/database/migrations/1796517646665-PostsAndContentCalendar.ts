import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PostsAndContentCalendar1796517646665 implements MigrationInterface {
  name = 'PostsAndContentCalendar1796517646665';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "content_categories" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "brand_id" uuid NOT NULL, "key" character varying(40), "name" character varying(60) NOT NULL, "promotional" boolean NOT NULL DEFAULT false, "color" character varying(20) NOT NULL, "position" integer NOT NULL DEFAULT \'0\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1e90dab7a3f22189b39b01445a6" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_7643d4f5b2c01d59fcf726a487" ON "content_categories"  ("brand_id", "name") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_92c9382e7f084404adfe2bdcc9" ON "content_categories"  ("brand_id", "position") ',
    );
    await queryRunner.query(
      'CREATE TABLE "posts" ("document_id" uuid NOT NULL, "brand_id" uuid NOT NULL, "networks" character varying(20) array NOT NULL DEFAULT \'{}\', "publish_at" TIMESTAMP WITH TIME ZONE, "format" character varying(20) NOT NULL DEFAULT \'text\', "category_id" uuid, "promotional" boolean, "goal_id" character varying(100), "media_plan_id" uuid, "media_plan_row_id" character varying(64), "assignee_id" uuid, "status" character varying(20) NOT NULL DEFAULT \'draft\', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f28d7672ddd1a1f79d35448b159" PRIMARY KEY ("document_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_13eb1bff42462d9ff985198149" ON "posts"  ("brand_id", "publish_at") ',
    );
    await queryRunner.query(
      'ALTER TABLE "brands" ADD "promotion_cap_percent" smallint NOT NULL DEFAULT \'20\'',
    );
    await queryRunner.query(
      'ALTER TABLE "content_categories" ADD CONSTRAINT "FK_3d5d553a2c09e8ef2b83a472937" FOREIGN KEY ("brand_id") REFERENCES "brands"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "posts" ADD CONSTRAINT "FK_f28d7672ddd1a1f79d35448b159" FOREIGN KEY ("document_id") REFERENCES "documents"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "posts" ADD CONSTRAINT "FK_5848e26c6be35f892987370f848" FOREIGN KEY ("brand_id") REFERENCES "brands"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "posts" ADD CONSTRAINT "FK_852f266adc5d67c40405c887b49" FOREIGN KEY ("category_id") REFERENCES "content_categories"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "posts" ADD CONSTRAINT "FK_1306a6383fed7f1b9511343483a" FOREIGN KEY ("media_plan_id") REFERENCES "documents"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "posts" ADD CONSTRAINT "FK_5a71ee812abc0ae3aceb7fd4407" FOREIGN KEY ("assignee_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    // Data (written by hand): every existing brand gets the articles' starting categories
    // (the list of @chorus/post-model at the time, copied so this migration never changes),
    // and every existing post document a metadata row, as a draft without a time.
    await queryRunner.query(
      `INSERT INTO "content_categories" ("brand_id", "key", "name", "promotional", "color", "position")
       SELECT b.id, c.key, c.name, c.promotional, c.color, c.position
         FROM "brands" b
        CROSS JOIN (VALUES
          ('entertainment', 'Entertainment', false, 'grape', 0),
          ('expertise', 'Expertise / useful', false, 'blue', 1),
          ('reputation', 'Reputation / image', false, 'teal', 2),
          ('engagement', 'Engagement / interactive', false, 'orange', 3),
          ('promotion', 'Promotion / sales', true, 'red', 4)
        ) AS c(key, name, promotional, color, position)`,
    );
    await queryRunner.query(
      `INSERT INTO "posts" ("document_id", "brand_id") SELECT id, brand_id FROM "documents" WHERE kind = 'post'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // The seeded and backfilled rows go with their tables.
    await queryRunner.query('ALTER TABLE "posts" DROP CONSTRAINT "FK_5a71ee812abc0ae3aceb7fd4407"');
    await queryRunner.query('ALTER TABLE "posts" DROP CONSTRAINT "FK_1306a6383fed7f1b9511343483a"');
    await queryRunner.query('ALTER TABLE "posts" DROP CONSTRAINT "FK_852f266adc5d67c40405c887b49"');
    await queryRunner.query('ALTER TABLE "posts" DROP CONSTRAINT "FK_5848e26c6be35f892987370f848"');
    await queryRunner.query('ALTER TABLE "posts" DROP CONSTRAINT "FK_f28d7672ddd1a1f79d35448b159"');
    await queryRunner.query(
      'ALTER TABLE "content_categories" DROP CONSTRAINT "FK_3d5d553a2c09e8ef2b83a472937"',
    );
    await queryRunner.query('ALTER TABLE "brands" DROP COLUMN "promotion_cap_percent"');
    await queryRunner.query('DROP INDEX "public"."IDX_13eb1bff42462d9ff985198149"');
    await queryRunner.query('DROP TABLE "posts"');
    await queryRunner.query('DROP INDEX "public"."IDX_92c9382e7f084404adfe2bdcc9"');
    await queryRunner.query('DROP INDEX "public"."IDX_7643d4f5b2c01d59fcf726a487"');
    await queryRunner.query('DROP TABLE "content_categories"');
  }
}
