import * as Y from 'yjs';
import { applyImport } from '../import-plan.js';
import { readPlan } from '../read-plan.js';
import { buildPlanDoc } from '../testing/factories.js';
import { exportCsv, parseCsv } from './csv.js';
import { type ImportResult } from './types.js';
import { exportXlsx, parseXlsx } from './xlsx.js';

function rowIds(doc: Y.Doc): string[] {
  const plan = readPlan(doc);
  return [...plan.blocks.PAID, ...plan.blocks.OWNED, ...plan.blocks.EARNED].map((r) => r.id);
}

function plan(result: ImportResult) {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result.errors)}`);
  return result.plan;
}

describe.each([
  ['XLSX', exportXlsx, parseXlsx],
  ['CSV', (view: ReturnType<typeof readPlan>) => Promise.resolve(exportCsv(view)), parseCsv],
] as const)('Row IDs in a %s round trip', (_name, exportFile, parseFile) => {
  it('writes a Row ID column and keeps every id when the file is imported again', async () => {
    const { doc, ids } = buildPlanDoc();
    const bytes = await exportFile(readPlan(doc));
    const imported = plan(await parseFile(bytes));
    expect(imported.rows.map((row) => row.id)).toEqual(rowIds(doc));

    // Into the same plan (rows replaced in place) and into a fresh one.
    const fresh = new Y.Doc();
    for (const target of [doc, fresh]) {
      expect(applyImport(target, imported, 'replace')).toEqual({ ok: true });
      expect(new Set(rowIds(target))).toEqual(new Set(ids));
    }
  });

  it('gives a row without an id a new one and drops rows the file does not name', async () => {
    const { doc, ids } = buildPlanDoc();
    const imported = plan(await parseFile(await exportFile(readPlan(doc))));
    const [first, second, ...others] = imported.rows;
    const { id: _dropped, ...withoutId } = first!;
    const edited = { ...imported, rows: [{ ...withoutId, channel: 'New' }, ...others] };
    expect(applyImport(doc, edited, 'replace')).toEqual({ ok: true });
    const after = rowIds(doc);
    expect(after).toHaveLength(ids.length - 1);
    expect(after).not.toContain(ids[0]);
    expect(after).not.toContain(second!.id);
    for (const id of ids.slice(2)) expect(after).toContain(id);
  });
});

describe('Row ID problems', () => {
  const header = 'Block,Channel,Activity,Row ID,2027-01 Budget\r\n';
  const settings =
    '\r\nSetting,Value\r\nFlight start,2027-01-01\r\nFlight end,2027-01-31\r\nGranularity,month\r\nCurrency,EUR\r\n';
  const csv = (rows: string) => new TextEncoder().encode(header + rows + settings);

  it('names a malformed id and a repeated id with their line and column', async () => {
    const result = await parseCsv(
      csv('PAID,A,a,has space,1\r\nPAID,B,b,rKeep,2\r\nPAID,C,c,rKeep,3\r\nPAID,D,d,,4\r\n'),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [2, 'Row ID', 'row_id_invalid'],
      [4, 'Row ID', 'row_id_duplicate'],
    ]);
  });

  it('keeps an id the plan does not have yet as the new row’s id', async () => {
    const imported = plan(await parseCsv(csv('PAID,A,a,rFromElsewhere,1\r\nOWNED,B,b,,2\r\n')));
    const doc = new Y.Doc();
    expect(applyImport(doc, imported, 'replace')).toEqual({ ok: true });
    const ids = rowIds(doc);
    expect(ids[0]).toBe('rFromElsewhere');
    expect(ids[1]).toMatch(/^r[0-9a-z]{20}$/);
  });
});
