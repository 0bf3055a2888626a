import { BLOCKS, minorToDecimal, readPlan, type CellValues } from '@chorus/media-plan-model';
import type * as Y from 'yjs';

function quoted(text: string): string {
  return JSON.stringify(text.replace(/\s+/g, ' ').trim());
}

function cellText(key: string, cell: CellValues, currency: string): string {
  const parts: string[] = [];
  if (cell.budget !== 0) parts.push(`budget ${minorToDecimal(cell.budget, currency)}`);
  if (cell.quantity !== 0) parts.push(`quantity ${cell.quantity}`);
  if (cell.note !== '') parts.push(`note ${quoted(cell.note)}`);
  return `${key}: ${parts.join(', ')}`;
}

/**
 * A media plan as lines of text for comparing two versions: the settings, one line per row
 * (block, channel, activity, objective, goal, pricing and every non-empty cell), then the
 * totals per block and overall. Amounts are exact decimals in the plan's currency, so the
 * text is the same in every language and a change of one cell changes one line (and the
 * totals).
 */
export function mediaPlanComparableText(doc: Y.Doc): string {
  const plan = readPlan(doc);
  const { settings, totals } = plan;
  const money = (minor: number) =>
    `${minorToDecimal(minor, settings.currency)} ${settings.currency}`;
  const lines = [
    `Flight ${settings.flightStart} – ${settings.flightEnd}, by ${settings.granularity}, ${settings.currency}`,
  ];
  for (const block of BLOCKS) {
    lines.push('', `${block}`);
    for (const row of plan.blocks[block]) {
      const fields = [
        block,
        quoted(row.channel),
        quoted(row.activity),
        row.objective ? `objective ${quoted(row.objective)}` : '',
        row.goalId ? `goal ${row.goalId}` : '',
        row.pricing,
      ].filter(Boolean);
      const cells = plan.periods
        .filter((period) => row.cells[period.key])
        .map((period) =>
          cellText(period.key, row.cells[period.key] as CellValues, settings.currency),
        );
      lines.push([...fields, ...cells].join(' · '));
    }
  }
  lines.push('', 'Totals');
  for (const block of BLOCKS) {
    const amounts = totals.byBlock[block];
    lines.push(`${block}: ${money(amounts.budget)}, quantity ${amounts.quantity}`);
  }
  lines.push(`Overall: ${money(totals.overall.budget)}, quantity ${totals.overall.quantity}`);
  return lines.join('\n');
}
