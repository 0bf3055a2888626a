import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CollaborativeDocuments1795309173080 implements MigrationInterface {
  name = 'CollaborativeDocuments1795309173080';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "documents" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "brand_id" uuid NOT NULL, "kind" character varying(20) NOT NULL, "title" character varying(200) NOT NULL, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "archived_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_ac51aa5181ee2036f5ca482857c" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_683321153e4eb0731f962ed6ef" ON "documents"  ("brand_id", "kind") ',
    );
    await queryRunner.query(
      'CREATE TABLE "document_snapshots" ("document_id" uuid NOT NULL, "state" bytea NOT NULL, "last_seq" bigint NOT NULL, "size_bytes" integer NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c0708186324cc9c27c7d7a54c75" PRIMARY KEY ("document_id"))',
    );
    await queryRunner.query(
      'CREATE TABLE "document_updates" ("seq" BIGSERIAL NOT NULL, "document_id" uuid NOT NULL, "update" bytea NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1db7977e31b178b18013fa9922f" PRIMARY KEY ("seq"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_0c53050cdc5e1aee7dec379d7a" ON "document_updates"  ("document_id", "seq") ',
    );
    await queryRunner.query(
      'ALTER TABLE "documents" ADD CONSTRAINT "FK_69782ab8c15f5940bd5528018c1" FOREIGN KEY ("brand_id") REFERENCES "brands"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "document_snapshots" ADD CONSTRAINT "FK_c0708186324cc9c27c7d7a54c75" FOREIGN KEY ("document_id") REFERENCES "documents"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "document_updates" ADD CONSTRAINT "FK_f93069f8052f5fb31b04190531c" FOREIGN KEY ("document_id") REFERENCES "documents"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "document_updates" DROP CONSTRAINT "FK_f93069f8052f5fb31b04190531c"',
    );
    await queryRunner.query(
      'ALTER TABLE "document_snapshots" DROP CONSTRAINT "FK_c0708186324cc9c27c7d7a54c75"',
    );
    await queryRunner.query(
      'ALTER TABLE "documents" DROP CONSTRAINT "FK_69782ab8c15f5940bd5528018c1"',
    );
    await queryRunner.query('DROP INDEX "public"."IDX_0c53050cdc5e1aee7dec379d7a"');
    await queryRunner.query('DROP TABLE "document_updates"');
    await queryRunner.query('DROP TABLE "document_snapshots"');
    await queryRunner.query('DROP INDEX "public"."IDX_683321153e4eb0731f962ed6ef"');
    await queryRunner.query('DROP TABLE "documents"');
  }
}
