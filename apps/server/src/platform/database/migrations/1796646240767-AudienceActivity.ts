import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AudienceActivity1796646240767 implements MigrationInterface {
  name = 'AudienceActivity1796646240767';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "audience_activity" ("brand_id" uuid NOT NULL, "network" character varying(20) NOT NULL, "grid" jsonb NOT NULL, "updated_by" uuid, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_90dd6cb94c6a54d51f82ff02dad" PRIMARY KEY ("brand_id", "network"))',
    );
    await queryRunner.query(
      'ALTER TABLE "audience_activity" ADD CONSTRAINT "FK_8ca600eca7eb92c64fd06767291" FOREIGN KEY ("brand_id") REFERENCES "brands"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "audience_activity" DROP CONSTRAINT "FK_8ca600eca7eb92c64fd06767291"',
    );
    await queryRunner.query('DROP TABLE "audience_activity"');
  }
}
