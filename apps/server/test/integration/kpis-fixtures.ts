import { BLOCKS, STRATEGY_FRAGMENT } from '@chorus/strategy-model';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { DataSource } from 'typeorm';
import type * as Y from 'yjs';
import type { GraphQLClient } from '../support/graphql.js';

export const KPI_FIELDS = `id goalId name metric unit currency direction network baseline target
  startDate deadline periodKind targetMode goalRemovedAt archivedAt targets { periodKey value }`;

export const KPIS = `query($b: ID!) { kpis(brandId: $b) { ${KPI_FIELDS} } }`;
export const CREATE_KPI = `mutation($i: CreateKpiInput!) { createKpi(input: $i) { ${KPI_FIELDS} } }`;
export const UPSERT_ACTUALS = `mutation($i: UpsertKpiActualsInput!) { upsertKpiActuals(input: $i) { written cleared } }`;
export const SET_TARGETS = `mutation($i: SetKpiTargetsInput!) { setKpiTargets(input: $i) { ${KPI_FIELDS} } }`;
export const DASHBOARD = `query($b: ID!, $f: String!, $t: String!) { kpiDashboard(brandId: $b, from: $f, to: $t) {
  currency
  rows { kpi { id name metric } periods { periodKey target actual measure { value reason formula planned } }
         progress { status current projected rule } }
  channels { network spend plannedSpend revenue roi { value reason planned formula } engagementRate { value reason }
             ctr { value reason } }
  actuals { network metric periodKey value } } }`;

export interface KpiView {
  id: string;
  goalId: string | null;
  name: string;
  metric: string;
  baseline: number | null;
  target: number | null;
  deadline: string | null;
  targetMode: string;
  goalRemovedAt: string | null;
  targets: Array<{ periodKey: string; value: number }>;
}

/** Every row of the KPI tables of a brand, as one string (refusals must not change it). */
export async function kpiState(app: NestExpressApplication, brandId: string): Promise<string> {
  const db = app.get(DataSource);
  const parts: string[] = [];
  for (const table of ['kpis', 'kpi_actuals', 'kpi_notes']) {
    const [row] = await db.query<Array<{ digest: string | null }>>(
      `SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) AS digest FROM ${table} t WHERE brand_id = $1`,
      [brandId],
    );
    parts.push(`${table}:${row?.digest ?? 'empty'}`);
  }
  const [targets] = await db.query<Array<{ digest: string | null }>>(
    `SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) AS digest FROM kpi_targets t
       JOIN kpis k ON k.id = t.kpi_id WHERE k.brand_id = $1`,
    [brandId],
  );
  parts.push(`kpi_targets:${targets?.digest ?? 'empty'}`);
  return parts.join('\n');
}

/** POSTs an actuals file to the import endpoint. */
export function importActuals(
  app: NestExpressApplication,
  client: GraphQLClient,
  brandId: string,
  body: string | Uint8Array,
  query: { dryRun?: boolean; network?: string; mapping?: object; format?: 'csv' | 'xlsx' } = {},
) {
  const params = new URLSearchParams({ format: query.format ?? 'csv' });
  if (query.dryRun) params.set('dryRun', 'true');
  if (query.network) params.set('network', query.network);
  if (query.mapping) params.set('mapping', JSON.stringify(query.mapping));
  return request(app.getHttpServer() as Parameters<typeof request>[0])
    .post(`/api/brands/${brandId}/kpis/actuals/import?${params.toString()}`)
    .set('cookie', client.cookie ?? '')
    .set('x-chorus-request', '1')
    .set('content-type', 'application/octet-stream')
    .send(Buffer.from(typeof body === 'string' ? new TextEncoder().encode(body) : body));
}

/** The strategy's SMART goal cards (the template has one). */
export function goalCards(doc: Y.Doc): Y.XmlElement[] {
  const found: Y.XmlElement[] = [];
  const walk = (node: Y.XmlFragment | Y.XmlElement) => {
    for (const child of node.toArray()) {
      if (typeof (child as Y.XmlElement).nodeName !== 'string') continue;
      const element = child as Y.XmlElement;
      if (element.nodeName === BLOCKS.smartGoal) found.push(element);
      walk(element);
    }
  };
  walk(doc.getXmlFragment(STRATEGY_FRAGMENT));
  return found;
}
