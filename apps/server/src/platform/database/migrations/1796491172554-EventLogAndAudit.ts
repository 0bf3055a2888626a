import type { MigrationInterface, QueryRunner } from 'typeorm';

export class EventLogAndAudit1796491172554 implements MigrationInterface {
  name = 'EventLogAndAudit1796491172554';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "audit_entries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "event_id" uuid NOT NULL, "workspace_id" uuid NOT NULL, "brand_id" uuid, "document_id" uuid, "actor_id" uuid, "action" character varying(60) NOT NULL, "subject_type" character varying(30) NOT NULL, "subject_id" uuid NOT NULL, "data" jsonb NOT NULL DEFAULT \'{}\', "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_6b1623bcad4d04530b76548d619" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_783dda27ea9248a90cddb3228e" ON "audit_entries"  ("event_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_2326c59ad0b91b6a20198386b1" ON "audit_entries"  ("workspace_id", "brand_id", "occurred_at", "id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_708a92810b9c4d9e4ab4360bbe" ON "audit_entries"  ("workspace_id", "actor_id", "occurred_at", "id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_a561bc8ad51235d5461910ed2b" ON "audit_entries"  ("workspace_id", "occurred_at", "id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "events" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "workspace_id" uuid NOT NULL, "brand_id" uuid, "document_id" uuid, "actor_id" uuid, "type" character varying(60) NOT NULL, "subject_type" character varying(30) NOT NULL, "subject_id" uuid NOT NULL, "data" jsonb NOT NULL DEFAULT \'{}\', "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_40731c7151fe4be3116e45ddf73" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_e772bcfe53a7814a265a04580a" ON "events"  ("workspace_id", "occurred_at") ',
    );
    // Written by hand: the audit log is append-only in the database itself.
    await queryRunner.query(
      "CREATE FUNCTION audit_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit_entries are append-only'; END $$",
    );
    await queryRunner.query(
      'CREATE TRIGGER audit_entries_append_only BEFORE UPDATE OR DELETE ON "audit_entries" FOR EACH ROW EXECUTE FUNCTION audit_entries_append_only()',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER audit_entries_append_only ON "audit_entries"');
    await queryRunner.query('DROP FUNCTION audit_entries_append_only()');
    await queryRunner.query('DROP INDEX "public"."IDX_e772bcfe53a7814a265a04580a"');
    await queryRunner.query('DROP TABLE "events"');
    await queryRunner.query('DROP INDEX "public"."IDX_a561bc8ad51235d5461910ed2b"');
    await queryRunner.query('DROP INDEX "public"."IDX_708a92810b9c4d9e4ab4360bbe"');
    await queryRunner.query('DROP INDEX "public"."IDX_2326c59ad0b91b6a20198386b1"');
    await queryRunner.query('DROP INDEX "public"."IDX_783dda27ea9248a90cddb3228e"');
    await queryRunner.query('DROP TABLE "audit_entries"');
  }
}
