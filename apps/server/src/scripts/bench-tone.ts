import { postBody } from '@chorus/post-model';
import { DataSource } from 'typeorm';
import * as Y from 'yjs';
import { DEMO_TONE_GUIDE } from '../modules/demo/demo-tone.js';
import { benchBrand, benchClient, startBenchServer } from './bench-server.js';

/**
 * Tone of voice on the server, over HTTP against the real app with the demo's six-language
 * guideline: what the approval gate adds to `submitForApproval` (the same ~150-word post
 * submitted on a brand with and without a guideline, R times each, default 30), the
 * guideline-change report over N scheduled and in-review posts (default 200, a third failing),
 * and `toneCheckDocument` on a 1,000-word post. Server time runs from the request's arrival to
 * the answer's last byte. Works on a throw-away database (a temporary one on the DATABASE_URL
 * server, else in-memory PGlite); run with NODE_ENV=production (the package script does). Ends
 * with one JSON line of the figures.
 */
const posts = Number(process.argv[2] ?? 200);
const requests = Number(process.argv[3] ?? 30);

const SENTENCES = [
  'Our tea house opens at nine every morning, and the first pot is always on us.',
  'We pick the leaves by hand in the hills above the river and dry them in the sun.',
  'Ask us about the spring collection, the oolong with lotus and the green tea with jasmine.',
  'Every cup is brewed slowly, the way our grandmothers did, and served with a smile.',
  'Tell us which blend you like best and we will keep a tin of it for your next visit.',
];

function textOf(words: number, failing: boolean): string {
  const parts: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i += 1) {
    const sentence = SENTENCES[i % SENTENCES.length]!;
    parts.push(sentence);
    count += sentence.split(' ').length;
  }
  if (failing) parts.push('The cheapest oolong in town is here.');
  return `${parts.join(' ')} #LotusTeaHouse`;
}

function postState(text: string): Buffer {
  const doc = new Y.Doc();
  postBody(doc).insert(0, text);
  const state = Buffer.from(Y.encodeStateAsUpdate(doc));
  doc.destroy();
  return state;
}

const server = await startBenchServer();
const { app, databaseKind, close } = server;
try {
  const client = benchClient(server);
  const { call, serverMs } = client;
  const { userId, workspaceId, brandId } = await benchBrand(
    client,
    'tone@example.test',
    'Bench chief expert',
  );
  const { data: other } = await call<{ createBrand: { id: string } }>(
    `mutation($i: CreateBrandInput!) { createBrand(input: $i) { id } }`,
    { i: { workspaceId, name: 'No guideline', timeZone: 'Europe/Berlin' } },
  );
  const bareBrandId = other.createBrand.id;
  const dataSource = app.get(DataSource);
  await dataSource.query(
    `WITH team AS (INSERT INTO teams (workspace_id, name) VALUES ($1, 'Bench team') RETURNING id),
          joined AS (INSERT INTO team_members (team_id, user_id, roles)
                     SELECT id, $2, ARRAY['lead', 'chief_expert'] FROM team RETURNING team_id)
     INSERT INTO brand_teams (brand_id, team_id) SELECT b, team_id FROM joined, unnest($3::uuid[]) AS b`,
    [workspaceId, userId, [brandId, bareBrandId]],
  );
  const steps = JSON.stringify([
    { name: 'Lead', rule: 'any', approvers: [{ kind: 'user', userId }], dueMinutes: null },
  ]);
  await dataSource.query(
    `INSERT INTO approval_flows (brand_id, name, document_kind, is_default, steps)
     SELECT b, 'Posts', 'post', true, $2::jsonb FROM unnest($1::uuid[]) AS b`,
    [[brandId, bareBrandId], steps],
  );
  await call(
    `mutation($i: UpdateToneGuidelineInput!) { updateToneGuideline(input: $i) { guideline { version } } }`,
    { i: { brandId, baseVersion: null, guide: JSON.stringify(DEMO_TONE_GUIDE) } },
  );

  /** Posts with the given text as their content (a snapshot), in the given status. */
  const seed = async (
    brand: string,
    count: number,
    status: string,
    text: (n: number) => string,
  ) => {
    const ids: string[] = [];
    for (let n = 0; n < count; n += 1) {
      const [document] = await dataSource.query<Array<{ id: string }>>(
        `INSERT INTO documents (brand_id, kind, title, language) VALUES ($1, 'post', $2, 'en') RETURNING id`,
        [brand, `Tone post ${status} ${n}`],
      );
      const state = postState(text(n));
      await dataSource.query(
        `INSERT INTO posts (document_id, brand_id, networks, publish_at, status)
         VALUES ($1, $2, ARRAY['facebook','instagram']::varchar[], now() + ($3 || ' hours')::interval, $4)`,
        [document!.id, brand, String(n + 1), status],
      );
      await dataSource.query(
        `INSERT INTO document_snapshots (document_id, state, last_seq, size_bytes) VALUES ($1, $2, 0, $3)`,
        [document!.id, state, state.byteLength],
      );
      ids.push(document!.id);
    }
    return ids;
  };
  await seed(brandId, Math.ceil(posts / 2), 'scheduled', (n) => textOf(150, n % 3 === 0));
  await seed(brandId, Math.floor(posts / 2), 'in_review', (n) => textOf(150, n % 3 === 1));
  const [longPost] = await seed(brandId, 1, 'draft', () => textOf(1_000, true));
  const gated = await seed(brandId, requests + 1, 'ready', () => textOf(150, false));
  const bare = await seed(bareBrandId, requests + 1, 'ready', () => textOf(150, false));

  const quantile = (samples: number[]) => {
    samples.sort((a, b) => a - b);
    return (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]!;
  };
  const IMPACT = `query($b: ID!) { toneGuidelineImpact(brandId: $b) { documentId score } }`;
  const { data: impactData } = await call<{ toneGuidelineImpact: unknown[] }>(IMPACT, {
    b: brandId,
  });
  const impactRuns = Math.max(3, Math.floor(requests / 3));
  serverMs.length = 0;
  for (let i = 0; i < impactRuns; i += 1) await call(IMPACT, { b: brandId });
  const impact = quantile([...serverMs]);

  const CHECK = `query($d: ID!) { toneCheckDocument(documentId: $d) { score findings { ruleId } } }`;
  await call(CHECK, { d: longPost });
  serverMs.length = 0;
  for (let i = 0; i < requests; i += 1) await call(CHECK, { d: longPost });
  const checkNow = quantile([...serverMs]);

  const SUBMIT = `mutation($d: ID!) { submitForApproval(documentId: $d) { id toneCheck { verdict } } }`;
  const submitAll = async (ids: string[]) => {
    await call(SUBMIT, { d: ids[0] }); // warm-up
    serverMs.length = 0;
    for (const id of ids.slice(1)) await call(SUBMIT, { d: id });
    return quantile([...serverMs]);
  };
  const withGate = await submitAll(gated);
  const withoutGate = await submitAll(bare);

  const line = (label: string, at: (q: number) => number) =>
    console.log(
      `${label}: p50=${at(0.5).toFixed(1)} ms  p95=${at(0.95).toFixed(1)} ms  max=${at(1).toFixed(1)} ms`,
    );
  console.log(
    `tone (${databaseKind}): ${posts} scheduled/in-review posts, ${requests} requests each`,
  );
  line('submitForApproval, brand with a guideline (gate runs)', withGate);
  line('submitForApproval, brand without a guideline', withoutGate);
  line(
    `toneGuidelineImpact over ${posts} posts (${impactData.toneGuidelineImpact.length} failing), ${impactRuns} requests`,
    impact,
  );
  line('toneCheckDocument, a 1,000-word post', checkNow);
  console.log(
    JSON.stringify({
      posts,
      submit_with_gate_p50_ms: Number(withGate(0.5).toFixed(1)),
      submit_without_gate_p50_ms: Number(withoutGate(0.5).toFixed(1)),
      submit_with_gate_p95_ms: Number(withGate(0.95).toFixed(1)),
      impact_p50_ms: Number(impact(0.5).toFixed(1)),
      impact_failing: impactData.toneGuidelineImpact.length,
      check_document_1000_words_p50_ms: Number(checkNow(0.5).toFixed(1)),
    }),
  );
} finally {
  await close();
}
