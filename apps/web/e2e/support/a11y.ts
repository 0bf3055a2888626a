import axe from 'axe-core';
import type { Page } from 'playwright-core';

declare global {
  interface Window {
    axe?: typeof axe;
  }
}

const blocking = new Set(['serious', 'critical']);

/**
 * Runs axe-core on the page as it is now and fails, listing each rule and element, when
 * any violation is serious or critical. Call it on every page a browser test opens, once
 * the content under test is on screen.
 */
export async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  if (!(await page.evaluate(() => typeof window.axe !== 'undefined'))) {
    // Evaluated through the debugging protocol: an inline <script> tag would be (rightly)
    // refused by the server's Content-Security-Policy.
    await page.evaluate(`${axe.source}\n;window.axe = axe;`);
  }
  const results = await page.evaluate(async () => {
    if (!window.axe) throw new Error('axe-core did not load in the page');
    const { violations } = await window.axe.run(document, { resultTypes: ['violations'] });
    return violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? null,
      help: violation.help,
      helpUrl: violation.helpUrl,
      nodes: violation.nodes.map((node) => ({
        target: node.target.join(' '),
        summary: node.failureSummary ?? '',
      })),
    }));
  });
  const serious = results.filter((violation) => blocking.has(violation.impact ?? ''));
  if (serious.length === 0) return;
  const report = serious
    .map(
      (violation) =>
        `- [${violation.impact}] ${violation.id}: ${violation.help} (${violation.helpUrl})\n` +
        violation.nodes
          .map((node) => `    ${node.target}\n      ${node.summary.replace(/\n/g, '\n      ')}`)
          .join('\n'),
    )
    .join('\n');
  throw new Error(
    `${serious.length} serious or critical accessibility violation(s) on ${page.url()}:\n${report}`,
  );
}
