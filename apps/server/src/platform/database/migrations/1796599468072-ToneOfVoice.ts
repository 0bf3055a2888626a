import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ToneOfVoice1796599468072 implements MigrationInterface {
  name = 'ToneOfVoice1796599468072';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "tone_guidelines" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "brand_id" uuid NOT NULL, "version" integer NOT NULL, "guide" jsonb NOT NULL, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_tone_guidelines_brand_version" UNIQUE ("brand_id", "version"), CONSTRAINT "PK_a40587b5932bcdd9356d5d283c8" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "tone_checks" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "request_id" uuid NOT NULL, "version_id" uuid NOT NULL, "document_id" uuid NOT NULL, "guideline_version" integer NOT NULL, "score" integer NOT NULL, "verdict" character varying(10) NOT NULL, "required_violations" integer NOT NULL, "recommended_violations" integer NOT NULL, "findings" jsonb NOT NULL, "override_reason" text, "overridden_by" uuid, "checked_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_tone_checks_request_version" UNIQUE ("request_id", "version_id"), CONSTRAINT "PK_a97a0bafd1489d5c0b2438ff78a" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "tone_ignores" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "document_id" uuid NOT NULL, "rule_id" character varying(200) NOT NULL, "text" text NOT NULL, "reason" text NOT NULL, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5728a94db6dbf003040310bc9c4" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_tone_ignores_document" ON "tone_ignores"  ("document_id") ',
    );
    await queryRunner.query(
      'ALTER TABLE "tone_guidelines" ADD CONSTRAINT "FK_7bbe6d929f2520d9db4c13adb3f" FOREIGN KEY ("brand_id") REFERENCES "brands"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "tone_guidelines" ADD CONSTRAINT "FK_0fd5353f60e749e63df17ab134c" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "tone_checks" ADD CONSTRAINT "FK_f0e24e0afd830163c4681d06d6d" FOREIGN KEY ("request_id") REFERENCES "approval_requests"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "tone_checks" ADD CONSTRAINT "FK_e2c416aa31fe38396a946678313" FOREIGN KEY ("version_id") REFERENCES "document_versions"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "tone_checks" ADD CONSTRAINT "FK_049511f1dfe512556d8bb3c74fe" FOREIGN KEY ("overridden_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "tone_ignores" ADD CONSTRAINT "FK_1b99d1afdb4309902b7b93e722c" FOREIGN KEY ("document_id") REFERENCES "documents"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "tone_ignores" ADD CONSTRAINT "FK_29328d351d15026613c6c761aa0" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "tone_ignores" DROP CONSTRAINT "FK_29328d351d15026613c6c761aa0"',
    );
    await queryRunner.query(
      'ALTER TABLE "tone_ignores" DROP CONSTRAINT "FK_1b99d1afdb4309902b7b93e722c"',
    );
    await queryRunner.query(
      'ALTER TABLE "tone_checks" DROP CONSTRAINT "FK_049511f1dfe512556d8bb3c74fe"',
    );
    await queryRunner.query(
      'ALTER TABLE "tone_checks" DROP CONSTRAINT "FK_e2c416aa31fe38396a946678313"',
    );
    await queryRunner.query(
      'ALTER TABLE "tone_checks" DROP CONSTRAINT "FK_f0e24e0afd830163c4681d06d6d"',
    );
    await queryRunner.query(
      'ALTER TABLE "tone_guidelines" DROP CONSTRAINT "FK_0fd5353f60e749e63df17ab134c"',
    );
    await queryRunner.query(
      'ALTER TABLE "tone_guidelines" DROP CONSTRAINT "FK_7bbe6d929f2520d9db4c13adb3f"',
    );
    await queryRunner.query('DROP INDEX "public"."IDX_tone_ignores_document"');
    await queryRunner.query('DROP TABLE "tone_ignores"');
    await queryRunner.query('DROP TABLE "tone_checks"');
    await queryRunner.query('DROP TABLE "tone_guidelines"');
  }
}
