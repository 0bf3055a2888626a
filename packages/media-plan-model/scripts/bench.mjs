// Speed of reading and totalling a large media plan (300 rows × 52 weeks, every cell
// filled), the grid's worst everyday case. Runs on dist/: `pnpm build && pnpm bench:totals`.
import { performance } from 'node:perf_hooks';
import * as Y from 'yjs';
import { addRow, computeTotals, initPlan, PlanReader, readPlan, setCell } from '../dist/index.js';
import { exportCsv, exportXlsx, parseCsv, parseXlsx } from '../dist/io/index.js';

const ROWS = 300;
const RUNS = 20;
const BLOCKS = ['PAID', 'OWNED', 'EARNED'];

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

async function time(runs, fn) {
  const samples = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    await fn(i);
    samples.push(performance.now() - start);
  }
  return median(samples);
}

const doc = new Y.Doc();
initPlan(doc, {
  flightStart: '2027-01-04',
  flightEnd: '2028-01-02',
  granularity: 'week',
  currency: 'EUR',
});
const ids = [];
const keys = [];
const started = performance.now();
doc.transact(() => {
  for (let r = 0; r < ROWS; r += 1) {
    ids.push(
      addRow(doc, BLOCKS[r % 3], {
        channel: `Channel ${r}`,
        activity: `Activity ${r}`,
        pricing: 'CPM',
      }),
    );
  }
});
const periods = readPlan(doc).periods;
for (const p of periods) keys.push(p.key);
doc.transact(() => {
  ids.forEach((id, r) => {
    keys.forEach((key, k) => {
      setCell(doc, id, key, {
        budget: 1000 + r * k,
        quantity: 10.5,
        note: k % 4 === 0 ? 'note' : '',
      });
    });
  });
});
const buildMs = performance.now() - started;
const bytes = Y.encodeStateAsUpdate(doc).byteLength;

// Warm up the JIT before measuring.
for (let i = 0; i < 5; i += 1) computeTotals(readPlan(doc));

const fullRead = await time(RUNS, () => readPlan(doc));
const view = readPlan(doc);
const totalsOnly = await time(RUNS, () => computeTotals(view));
const editThenFullRead = await time(RUNS, (i) => {
  setCell(doc, ids[i % ROWS], keys[i % keys.length], { budget: 5000 + i });
  readPlan(doc);
});
const reader = new PlanReader(doc);
reader.read();
const editThenIncremental = await time(RUNS, (i) => {
  setCell(doc, ids[(i * 7) % ROWS], keys[(i * 3) % keys.length], { budget: 7000 + i });
  reader.read();
});
reader.destroy();

const csvExport = await time(5, () => exportCsv(view));
const csv = exportCsv(view);
const csvParse = await time(5, () => parseCsv(csv));
const xlsxExport = await time(5, () => exportXlsx(view));
const xlsx = await exportXlsx(view);
const xlsxParse = await time(5, () => parseXlsx(xlsx));

const ms = (value) => `${value.toFixed(2)} ms`;
console.log(`media plan ${ROWS} rows × ${keys.length} weeks = ${ROWS * keys.length} cells`);
console.log(
  `  Y.Doc size (state update)            ${(bytes / 1024).toFixed(0)} KiB (built in ${ms(buildMs)})`,
);
console.log(`  readPlan (full read + totals)        ${ms(fullRead)}   median of ${RUNS}`);
console.log(`  computeTotals alone                  ${ms(totalsOnly)}   median of ${RUNS}`);
console.log(`  one setCell + readPlan               ${ms(editThenFullRead)}   median of ${RUNS}`);
console.log(
  `  one setCell + PlanReader.read        ${ms(editThenIncremental)}   median of ${RUNS}`,
);
console.log(
  `  exportCsv ${(csv.byteLength / 1024).toFixed(0)} KiB                     ${ms(csvExport)}   median of 5`,
);
console.log(`  parseCsv                             ${ms(csvParse)}   median of 5`);
console.log(
  `  exportXlsx ${(xlsx.byteLength / 1024).toFixed(0)} KiB                     ${ms(xlsxExport)}   median of 5`,
);
console.log(`  parseXlsx                            ${ms(xlsxParse)}   median of 5`);
