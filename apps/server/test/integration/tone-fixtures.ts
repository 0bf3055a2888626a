import { postBody } from '@chorus/post-model';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type * as Y from 'yjs';
import { DocumentEditor } from '../../src/collaboration/index.js';
import type { BrandEntity } from '../../src/modules/brands/index.js';
import { eventually } from '../support/events.js';
import type { Factories } from '../support/factories.js';
import type { GraphQLClient } from '../support/graphql.js';

export const GUIDELINE_FIELDS = `brandId version guide updatedAt updatedByName`;
export const CHECK_FIELDS = `score verdict guidelineVersion overrideReason overriddenByName checkedAt
  findings { ruleId kind severity messageKey params text from to part paragraph replacement }`;
export const IMPACT_FIELDS = `documentId title kind state score verdict requiredViolations`;

export const TONE_GUIDELINE = `query($b: ID!) { toneGuideline(brandId: $b) { ${GUIDELINE_FIELDS} } }`;
export const TONE_VERSIONS = `query($b: ID!) { toneGuidelineVersions(brandId: $b) { version updatedAt updatedByName } }`;
export const UPDATE_GUIDELINE = `mutation($i: UpdateToneGuidelineInput!) { updateToneGuideline(input: $i) {
  guideline { ${GUIDELINE_FIELDS} } nowFailing { ${IMPACT_FIELDS} } } }`;
export const TONE_IMPACT = `query($b: ID!) { toneGuidelineImpact(brandId: $b) { ${IMPACT_FIELDS} } }`;
export const CHECK_DOCUMENT = `query($d: ID!) { toneCheckDocument(documentId: $d) { ${CHECK_FIELDS} } }`;
export const IGNORE_FINDING = `mutation($i: IgnoreToneFindingInput!) { ignoreToneFinding(input: $i) }`;
export const SUBMIT_WITH_REASON = `mutation($d: ID!, $f: ID, $r: String) {
  submitForApproval(documentId: $d, flowId: $f, toneOverrideReason: $r) {
    id status versionId round toneCheck { ${CHECK_FIELDS} } } }`;
export const REQUEST_CHECK = `query($id: ID!) { approvalRequest(id: $id) {
  id status versionId round toneCheck { ${CHECK_FIELDS} } } }`;

export interface ToneCheck {
  score: number;
  verdict: 'PASS' | 'WARN' | 'BLOCK';
  guidelineVersion: number;
  overrideReason: string | null;
  overriddenByName: string | null;
  checkedAt: string;
  findings: Array<{
    ruleId: string;
    kind: string;
    severity: string;
    messageKey: string;
    params: string;
    text: string;
    from: number;
    to: number;
    part: string;
    paragraph: number | null;
    replacement: string | null;
  }>;
}

export interface ImpactItem {
  documentId: string;
  title: string;
  kind: string;
  state: string;
  score: number;
  verdict: string;
  requiredViolations: number;
}

/**
 * A small English guideline: «cheap» is banned (required, «affordable» instead), «sale»
 * discouraged (recommended), at most two exclamation marks (recommended).
 */
export function englishGuide(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    thresholds: { blockBelow: 60, warnBelow: 80 },
    terms: [
      {
        id: 'no-cheap',
        severity: 'required',
        kind: 'banned',
        language: 'en',
        terms: ['cheap'],
        replacement: 'affordable',
      },
      {
        id: 'no-sale',
        severity: 'recommended',
        kind: 'banned',
        language: 'en',
        terms: ['sale'],
        replacement: 'offer',
      },
    ],
    exclamations: { id: 'calm', severity: 'recommended', max: 2 },
    ...extra,
  };
}

/** Saves a guideline version; answers the new version number. */
export async function saveGuide(
  client: GraphQLClient,
  brand: Pick<BrandEntity, 'id'>,
  guide: Record<string, unknown>,
  baseVersion: number | null,
): Promise<number> {
  const data = await client.ok<{ updateToneGuideline: { guideline: { version: number } } }>(
    UPDATE_GUIDELINE,
    { i: { brandId: brand.id, baseVersion, guide: JSON.stringify(guide) } },
  );
  return data.updateToneGuideline.guideline.version;
}

/** A content edit through the same path as a collaborator's (durable, then "edited"). */
export async function editDocument(
  app: NestExpressApplication,
  brand: Pick<BrandEntity, 'workspaceId'>,
  documentId: string,
  userId: string,
  mutate: (doc: Y.Doc) => void,
): Promise<void> {
  await app
    .get(DocumentEditor)
    .change({ documentId, workspaceId: brand.workspaceId, userId }, mutate);
}

/** Replaces a post's base text. */
export function setBody(text: string): (doc: Y.Doc) => void {
  return (doc) => {
    const body = postBody(doc);
    body.delete(0, body.length);
    body.insert(0, text);
  };
}

/**
 * Waits for the automatic version a document's first edit makes in the background, so a
 * snapshot taken next only moves by what the test does.
 */
export function firstVersion(factories: Factories, documentId: string): Promise<boolean> {
  return eventually(async () => {
    const rows = await factories.db.query<unknown[]>(
      `SELECT 1 FROM document_versions WHERE document_id = $1 AND kind = 'auto'`,
      [documentId],
    );
    return rows.length > 0;
  });
}
