import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ApprovalFlows1796587049598 implements MigrationInterface {
  name = 'ApprovalFlows1796587049598';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "approval_requests" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "document_id" uuid NOT NULL, "brand_id" uuid NOT NULL, "document_kind" character varying(20) NOT NULL, "flow_id" uuid, "flow_name" character varying(200) NOT NULL, "steps" jsonb NOT NULL, "status" character varying(20) NOT NULL, "round" integer NOT NULL DEFAULT \'1\', "current_step" integer NOT NULL DEFAULT \'0\', "version_id" uuid NOT NULL, "submitted_by" uuid, "step_opened_at" TIMESTAMP WITH TIME ZONE NOT NULL, "open_approver_ids" uuid array NOT NULL DEFAULT \'{}\', "reminded_at" TIMESTAMP WITH TIME ZONE, "needs_attention" boolean NOT NULL DEFAULT false, "last_decision" character varying(20), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "closed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_484806bb8ff331b851fc75973c0" PRIMARY KEY ("id"))',
    );
    // "Waiting on me": pending requests whose open step lists a person (entity: synchronize false).
    await queryRunner.query(
      'CREATE INDEX "IDX_approval_requests_open_approvers" ON "approval_requests" USING gin ("open_approver_ids") WHERE status = \'pending\'',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_bc03052263b2bfeefd19d36c21" ON "approval_requests"  ("brand_id", "status") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_79d8c664a60e883a2fd358e70b" ON "approval_requests"  ("document_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "approval_decisions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "request_id" uuid NOT NULL, "round" integer NOT NULL, "step_index" integer NOT NULL, "version_id" uuid NOT NULL, "user_id" uuid, "decision" character varying(20) NOT NULL, "comment" text, "late" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_1ab59e2a6ef9cbc15372cf232e4" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_d6e0f0c38e326d7199680e9db3" ON "approval_decisions"  ("request_id", "round", "step_index") ',
    );
    await queryRunner.query(
      'CREATE TABLE "approval_change_markers" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "request_id" uuid NOT NULL, "user_id" uuid NOT NULL, "from_version_id" uuid NOT NULL, "to_version_id" uuid NOT NULL, "round" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "seen_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_f4501175e8e82fe2013c0a4f29b" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_a17efd9e03d58da836154efbd3" ON "approval_change_markers"  ("user_id", "seen_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "approval_flows" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "brand_id" uuid NOT NULL, "name" character varying(200) NOT NULL, "document_kind" character varying(20) NOT NULL, "is_default" boolean NOT NULL DEFAULT false, "steps" jsonb NOT NULL, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5a76ef416fd5f10289c0178cc0e" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "UQ_approval_flows_default" ON "approval_flows"  ("brand_id", "document_kind") WHERE is_default',
    );
    await queryRunner.query(
      'CREATE TABLE "approval_flow_choices" ("document_id" uuid NOT NULL, "flow_id" uuid NOT NULL, CONSTRAINT "PK_d802d99d8a593b230752ec37025" PRIMARY KEY ("document_id"))',
    );
    await queryRunner.query('ALTER TABLE "document_versions" ADD "approval" jsonb');
    await queryRunner.query(
      'CREATE INDEX "IDX_0fb39215d175b7561e649795f8" ON "events"  ("document_id", "occurred_at") ',
    );
    await queryRunner.query(
      'ALTER TABLE "approval_requests" ADD CONSTRAINT "FK_ff2a95db2a9b792f0ac5f6ddc76" FOREIGN KEY ("document_id") REFERENCES "documents"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "approval_requests" ADD CONSTRAINT "FK_082f225462f36c8b7197594e5c2" FOREIGN KEY ("brand_id") REFERENCES "brands"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "approval_requests" ADD CONSTRAINT "FK_e4482c3e67cdfca21b32a0e19cb" FOREIGN KEY ("flow_id") REFERENCES "approval_flows"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "approval_requests" ADD CONSTRAINT "FK_f6f28081ed3e245a13c08431709" FOREIGN KEY ("version_id") REFERENCES "document_versions"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "approval_requests" ADD CONSTRAINT "FK_cfc2058fe5b33c921a6dec71e5d" FOREIGN KEY ("submitted_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "approval_decisions" ADD CONSTRAINT "FK_0629e152f66fd1ca66cdc71a0d1" FOREIGN KEY ("request_id") REFERENCES "approval_requests"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "approval_decisions" ADD CONSTRAINT "FK_f60ebe08ce29127fa3bb6ae0936" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "approval_change_markers" ADD CONSTRAINT "FK_84e8f850c6ec4b3deaf485baf90" FOREIGN KEY ("request_id") REFERENCES "approval_requests"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "approval_change_markers" ADD CONSTRAINT "FK_d788a4bc51cd02c9cd9039ffa7e" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "approval_flows" ADD CONSTRAINT "FK_33e1f08d789c843b275405dd29f" FOREIGN KEY ("brand_id") REFERENCES "brands"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "approval_flow_choices" ADD CONSTRAINT "FK_d802d99d8a593b230752ec37025" FOREIGN KEY ("document_id") REFERENCES "documents"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "approval_flow_choices" ADD CONSTRAINT "FK_8994fd96866a597500d0bf111c3" FOREIGN KEY ("flow_id") REFERENCES "approval_flows"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "approval_flow_choices" DROP CONSTRAINT "FK_8994fd96866a597500d0bf111c3"',
    );
    await queryRunner.query(
      'ALTER TABLE "approval_flow_choices" DROP CONSTRAINT "FK_d802d99d8a593b230752ec37025"',
    );
    await queryRunner.query(
      'ALTER TABLE "approval_flows" DROP CONSTRAINT "FK_33e1f08d789c843b275405dd29f"',
    );
    await queryRunner.query(
      'ALTER TABLE "approval_change_markers" DROP CONSTRAINT "FK_d788a4bc51cd02c9cd9039ffa7e"',
    );
    await queryRunner.query(
      'ALTER TABLE "approval_change_markers" DROP CONSTRAINT "FK_84e8f850c6ec4b3deaf485baf90"',
    );
    await queryRunner.query(
      'ALTER TABLE "approval_decisions" DROP CONSTRAINT "FK_f60ebe08ce29127fa3bb6ae0936"',
    );
    await queryRunner.query(
      'ALTER TABLE "approval_decisions" DROP CONSTRAINT "FK_0629e152f66fd1ca66cdc71a0d1"',
    );
    await queryRunner.query(
      'ALTER TABLE "approval_requests" DROP CONSTRAINT "FK_cfc2058fe5b33c921a6dec71e5d"',
    );
    await queryRunner.query(
      'ALTER TABLE "approval_requests" DROP CONSTRAINT "FK_f6f28081ed3e245a13c08431709"',
    );
    await queryRunner.query(
      'ALTER TABLE "approval_requests" DROP CONSTRAINT "FK_e4482c3e67cdfca21b32a0e19cb"',
    );
    await queryRunner.query(
      'ALTER TABLE "approval_requests" DROP CONSTRAINT "FK_082f225462f36c8b7197594e5c2"',
    );
    await queryRunner.query(
      'ALTER TABLE "approval_requests" DROP CONSTRAINT "FK_ff2a95db2a9b792f0ac5f6ddc76"',
    );
    await queryRunner.query('DROP INDEX "public"."IDX_0fb39215d175b7561e649795f8"');
    await queryRunner.query('ALTER TABLE "document_versions" DROP COLUMN "approval"');
    await queryRunner.query('DROP TABLE "approval_flow_choices"');
    await queryRunner.query('DROP INDEX "public"."UQ_approval_flows_default"');
    await queryRunner.query('DROP TABLE "approval_flows"');
    await queryRunner.query('DROP INDEX "public"."IDX_a17efd9e03d58da836154efbd3"');
    await queryRunner.query('DROP TABLE "approval_change_markers"');
    await queryRunner.query('DROP INDEX "public"."IDX_d6e0f0c38e326d7199680e9db3"');
    await queryRunner.query('DROP TABLE "approval_decisions"');
    await queryRunner.query('DROP INDEX "public"."IDX_79d8c664a60e883a2fd358e70b"');
    await queryRunner.query('DROP INDEX "public"."IDX_bc03052263b2bfeefd19d36c21"');
    await queryRunner.query('DROP INDEX "public"."IDX_approval_requests_open_approvers"');
    await queryRunner.query('DROP TABLE "approval_requests"');
  }
}
