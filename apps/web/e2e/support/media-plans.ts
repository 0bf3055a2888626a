import type { Page } from 'playwright-core';
import { createDocument } from './pages';

/** The 52 ISO weeks of 2027, as the plan's period keys. */
export const weeksOf2027 = Array.from(
  { length: 52 },
  (_, i) => `2027-W${String(i + 1).padStart(2, '0')}`,
);

/**
 * A wide CSV in the plan's file layout: `rows` activities (Paid, Owned, Earned in turn) ×
 * the 52 ISO weeks of 2027, every week with a budget and a quantity.
 */
export function generatedPlanCsv(rows: number): string {
  const header = ['Block', 'Channel', 'Activity', 'Objective', 'Goal ID', 'Pricing'];
  for (const week of weeksOf2027) header.push(`${week} Budget`, `${week} Quantity`, `${week} Note`);
  const lines = [header.join(',')];
  const blocks = ['PAID', 'OWNED', 'EARNED'];
  for (let i = 0; i < rows; i += 1) {
    const cells = [blocks[i % 3], `Channel ${i + 1}`, `Activity ${i + 1}`, 'Reach', '', 'CPM'];
    for (let w = 0; w < weeksOf2027.length; w += 1) {
      cells.push(`${100 + ((i + w) % 50)}.25`, String(1000 + i), '');
    }
    lines.push(cells.join(','));
  }
  lines.push(
    '',
    'Setting,Value',
    'Flight start,2027-01-04',
    'Flight end,2028-01-02',
    'Granularity,week',
    'Currency,USD',
    'Format version,1',
  );
  return `${lines.join('\r\n')}\r\n`;
}

/**
 * Creates a weekly 2027 plan (USD) of the brand and fills it with `rows` generated
 * activities through the import endpoint (checked, then applied as one edit); returns the
 * document's page path.
 */
export async function createGeneratedPlan(
  page: Page,
  workspaceId: string,
  brandId: string,
  { rows, title }: { rows: number; title: string },
): Promise<string> {
  const planPath = await createDocument(page, workspaceId, brandId, {
    kind: 'MEDIA_PLAN',
    title,
    mediaPlan: {
      flightStart: '2027-01-04',
      flightEnd: '2028-01-02',
      granularity: 'WEEK',
      currency: 'USD',
    },
  });
  const documentId = planPath.split('/').pop() ?? '';
  const imported = await page.request.post(`/api/documents/${documentId}/import?format=csv`, {
    headers: { 'X-Chorus-Request': '1', 'content-type': 'text/csv' },
    data: generatedPlanCsv(rows),
  });
  const body = (await imported.json().catch(() => null)) as { applied?: boolean } | null;
  if (imported.status() !== 200 || !body?.applied) {
    throw new Error(
      `Importing the generated plan failed: ${imported.status()} ${JSON.stringify(body)}`,
    );
  }
  return planPath;
}

/**
 * Scrolls the media-plan grid sideways until column `key` (`p:2027-W10`) is drawn, and then
 * brings it to the first place after the frozen columns. The grid draws only the columns in
 * view (and two either side), so a cell further along is not in the DOM until then.
 */
export async function scrollPlanToColumn(page: Page, key: string): Promise<void> {
  await page.getByTestId('media-plan-grid').evaluate(async (grid, wanted) => {
    const frame = () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
      );
    const heading = () => grid.querySelector(`[role="columnheader"][data-col="${wanted}"]`);
    const sign = getComputedStyle(grid).direction === 'rtl' ? -1 : 1;
    grid.scrollLeft = 0;
    await frame();
    for (let step = 0; step < 500 && !heading(); step += 1) {
      const before = grid.scrollLeft;
      grid.scrollLeft += (sign * grid.clientWidth) / 3;
      await frame();
      if (grid.scrollLeft === before) break;
    }
    const found = heading();
    if (!found) throw new Error(`The media-plan grid has no column ${wanted}`);
    found.scrollIntoView({ inline: 'start', block: 'nearest' });
    await frame();
  }, key);
  await page.getByTestId('media-plan-grid').locator(`[data-col="${key}"]`).first().waitFor();
}
