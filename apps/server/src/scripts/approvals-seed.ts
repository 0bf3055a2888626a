import type { DataSource } from 'typeorm';

/**
 * Seeds a brand's month of March 2026 with `posts` posts and their approval requests, for
 * the approvals benchmark and its statement-count test: a default post flow whose one step
 * names `approverId`; every 2nd post pending on them (oldest first by n), every 6th
 * approved, every 6th with changes requested, the rest never submitted. Each request is
 * bound to an 'approval' version of its post.
 */
export async function seedApprovalPosts(
  dataSource: DataSource,
  options: { brandId: string; posts: number; approverId: string; submitterId: string },
): Promise<{ pending: number }> {
  const steps = JSON.stringify([
    {
      name: 'Lead',
      rule: 'any',
      approvers: [{ kind: 'user', userId: options.approverId }],
      dueMinutes: null,
      skippable: false,
    },
  ]);
  const [flow] = await dataSource.query<Array<{ id: string }>>(
    `INSERT INTO approval_flows (brand_id, name, document_kind, is_default, steps)
     VALUES ($1, 'Posts', 'post', true, $2::jsonb) RETURNING id`,
    [options.brandId, steps],
  );
  await dataSource.query(
    `WITH docs AS (
       INSERT INTO documents (brand_id, kind, title)
       SELECT $1, 'post', 'Approval post ' || g FROM generate_series(1, $2::int) AS g
       RETURNING id, substring(title from 15)::int AS n),
     p AS (
       INSERT INTO posts (document_id, brand_id, networks, publish_at, status)
       SELECT id, $1, ARRAY['instagram']::varchar[],
              timestamptz '2026-03-01 00:00+01' + (n % 31) * interval '1 day' + (n % 12 + 8) * interval '1 hour',
              CASE WHEN n % 2 = 0 THEN 'in_review' WHEN n % 6 = 1 THEN 'approved'
                   WHEN n % 6 = 3 THEN 'ready' ELSE 'scheduled' END
         FROM docs RETURNING document_id),
     v AS (
       INSERT INTO document_versions (document_id, number, kind, name, state, size_bytes)
       SELECT id, 1, 'approval', 'Posts', '\\x0000'::bytea, 2 FROM docs WHERE n % 6 <> 5
       RETURNING id, document_id)
     INSERT INTO approval_requests (document_id, brand_id, document_kind, flow_id, flow_name, steps,
                                    status, version_id, submitted_by, step_opened_at,
                                    open_approver_ids, created_at)
     SELECT v.document_id, $1, 'post', $3, 'Posts', $4::jsonb,
            CASE WHEN docs.n % 2 = 0 THEN 'pending' WHEN docs.n % 6 = 1 THEN 'approved'
                 ELSE 'changes_requested' END,
            v.id, $5, now() - (docs.n * interval '1 minute'),
            CASE WHEN docs.n % 2 = 0 THEN ARRAY[$6::uuid] ELSE '{}'::uuid[] END,
            now() - (docs.n * interval '1 minute')
       FROM v JOIN docs ON docs.id = v.document_id`,
    [options.brandId, options.posts, flow!.id, steps, options.submitterId, options.approverId],
  );
  await dataSource.query(
    'ANALYZE posts, documents, approval_requests, approval_flows, document_versions',
  );
  return { pending: Math.floor(options.posts / 2) };
}
