import { randomUUID } from 'node:crypto';
import { addRow, initPlan, setCell, type Block } from '@chorus/media-plan-model';
import { BLOCKS, STRATEGY_FRAGMENT, writeTemplate } from '@chorus/strategy-model';
import * as Y from 'yjs';

/** The demo brand's first strategy: the English template with its first goal written. */
export function demoStrategyState(): Uint8Array {
  const doc = new Y.Doc();
  try {
    writeTemplate(doc, 'en', randomUUID);
    const goal = doc
      .getXmlFragment(STRATEGY_FRAGMENT)
      .toArray()
      .find(
        (node): node is Y.XmlElement =>
          node instanceof Y.XmlElement && node.nodeName === BLOCKS.smartGoal,
      );
    goal?.setAttribute('statement', 'Grow the Lotus tea club on Instagram');
    goal?.setAttribute('metric', 'Instagram followers');
    goal?.setAttribute('baseline', '1200');
    goal?.setAttribute('target', '5000');
    goal?.setAttribute('deadline', '2027-06-30');
    goal?.setAttribute('why', 'Club members buy three times as often as other customers.');
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}

const DEMO_ROWS: Array<[Block, string, string, Array<[string, number]>]> = [
  [
    'PAID',
    'Instagram',
    'Targeted ads for the tea club',
    [
      ['2027-01', 150_000],
      ['2027-02', 120_000],
    ],
  ],
  [
    'PAID',
    'Facebook',
    'Promoted tasting-night posts',
    [
      ['2027-02', 60_000],
      ['2027-03', 60_000],
    ],
  ],
  [
    'OWNED',
    'Zalo',
    'Friday newsletter',
    [
      ['2027-01', 10_000],
      ['2027-02', 10_000],
      ['2027-03', 10_000],
    ],
  ],
  ['EARNED', 'TikTok', 'Brewing-ritual videos by customers', []],
];

/** The demo brand's first media plan: Q1 2027 by month in US dollars, with a few rows. */
export function demoMediaPlanState(): Uint8Array {
  const doc = new Y.Doc();
  try {
    initPlan(doc, {
      flightStart: '2027-01-01',
      flightEnd: '2027-03-31',
      granularity: 'month',
      currency: 'USD',
    });
    for (const [block, channel, activity, cells] of DEMO_ROWS) {
      const row = addRow(doc, block, { channel, activity });
      for (const [period, budget] of cells) setCell(doc, row, period, { budget });
    }
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}
