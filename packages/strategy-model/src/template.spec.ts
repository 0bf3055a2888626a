import * as Y from 'yjs';
import { extractGoals } from './goals.js';
import { readStrategy } from './read-strategy.js';
import { STRATEGY_FRAGMENT, STRATEGY_LANGUAGES } from './schema.js';
import { countSentences, INSIGHT_MAX_SENTENCES } from './sentences.js';
import { STRATEGY_TEMPLATE, writeTemplate } from './template.js';
import { buildChildren, p } from './testing/build-fragment.js';
import { CHECKLIST_ITEM_KEYS, TEMPLATE_SECTION_KEYS } from './texts/types.js';
import { inlineText } from './text.js';

function ids() {
  let n = 0;
  return () => `goal-${++n}`;
}

describe('STRATEGY_TEMPLATE', () => {
  it('has 17 sections and 10 checklist items', () => {
    expect(TEMPLATE_SECTION_KEYS).toHaveLength(17);
    expect(CHECKLIST_ITEM_KEYS).toHaveLength(10);
  });

  it.each(STRATEGY_LANGUAGES)(
    'gives %s every heading, hint and checklist item, all filled in',
    (language) => {
      const texts = STRATEGY_TEMPLATE[language];
      for (const key of TEMPLATE_SECTION_KEYS) {
        expect(texts.sections[key].heading.trim()).not.toBe('');
        expect(texts.sections[key].hint.trim()).not.toBe('');
      }
      for (const key of CHECKLIST_ITEM_KEYS) expect(texts.checklist[key].trim()).not.toBe('');
      const headings = TEMPLATE_SECTION_KEYS.map((key) => texts.sections[key].heading);
      expect(new Set(headings).size).toBe(headings.length);
    },
  );

  it.each(STRATEGY_LANGUAGES.filter((language) => language !== 'en'))(
    'translates every %s text rather than repeating the English one',
    (language) => {
      const texts = STRATEGY_TEMPLATE[language];
      const english = STRATEGY_TEMPLATE.en;
      for (const key of TEMPLATE_SECTION_KEYS) {
        expect(texts.sections[key].heading).not.toBe(english.sections[key].heading);
        expect(texts.sections[key].hint).not.toBe(english.sections[key].hint);
      }
      for (const key of CHECKLIST_ITEM_KEYS) {
        expect(texts.checklist[key]).not.toBe(english.checklist[key]);
      }
    },
  );

  it.each(STRATEGY_LANGUAGES)(
    'keeps the %s insight hint itself within two sentences',
    (language) => {
      expect(countSentences(STRATEGY_TEMPLATE[language].sections.insight.hint)).toBeLessThanOrEqual(
        INSIGHT_MAX_SENTENCES,
      );
    },
  );

  it.each(STRATEGY_LANGUAGES)(
    'states the 20%% rule of thumb in the %s content plan hint',
    (language) => {
      expect(STRATEGY_TEMPLATE[language].sections.contentPlan.hint).toMatch(/(20|۲۰)\s?(%|درصد)/);
    },
  );

  it('names the chief expert and the form of address in the tactics hint', () => {
    const hint = STRATEGY_TEMPLATE.en.sections.tactics.hint;
    expect(hint).toMatch(/chief expert/);
    expect(hint).toMatch(/form of address/);
    expect(hint).toMatch(/on behalf of/);
    expect(hint).toMatch(/escalated/);
  });
});

describe('writeTemplate', () => {
  it.each(STRATEGY_LANGUAGES)('fills an empty %s document with the 17 sections', (language) => {
    const doc = new Y.Doc();
    writeTemplate(doc, language, ids());
    const nodes = readStrategy(doc.getXmlFragment(STRATEGY_FRAGMENT));
    const headings = nodes.filter((node) => node.type === 'heading');
    expect(headings).toHaveLength(17);
    expect(headings.every((heading) => heading.level === 2)).toBe(true);
    expect(headings.map((heading) => inlineText(heading.content))).toEqual(
      TEMPLATE_SECTION_KEYS.map((key) => STRATEGY_TEMPLATE[language].sections[key].heading),
    );
    expect(
      nodes.filter((node) => node.type === 'hint').map((hint) => hint.type === 'hint' && hint.text),
    ).toEqual(TEMPLATE_SECTION_KEYS.map((key) => STRATEGY_TEMPLATE[language].sections[key].hint));
  });

  it('lays out each section as heading, hint and an empty paragraph or typed block', () => {
    const doc = new Y.Doc();
    writeTemplate(doc, 'en', ids());
    const nodes = readStrategy(doc.getXmlFragment(STRATEGY_FRAGMENT));
    expect(nodes).toHaveLength(17 * 3);
    const bodies = TEMPLATE_SECTION_KEYS.map((_, i) => nodes[i * 3 + 2]?.type);
    expect(bodies).toEqual([
      'smartGoal',
      'paragraph',
      'persona',
      'paragraph',
      'paragraph',
      'driversBarriers',
      'competitors',
      'paragraph',
      'insight',
      'brandRole',
      'paragraph',
      'paragraph',
      'paragraph',
      'paragraph',
      'paragraph',
      'paragraph',
      'taskList',
    ]);
  });

  it('creates one empty goal card with the id it is given', () => {
    const doc = new Y.Doc();
    writeTemplate(doc, 'fa', ids());
    const fragment = doc.getXmlFragment(STRATEGY_FRAGMENT);
    const goals = readStrategy(fragment).filter((node) => node.type === 'smartGoal');
    expect(goals).toEqual([
      {
        type: 'smartGoal',
        attrs: {
          goalId: 'goal-1',
          statement: '',
          metric: '',
          baseline: '',
          target: '',
          deadline: '',
          why: '',
        },
      },
    ]);
    expect(extractGoals(fragment).map((goal) => goal.id)).toEqual(['goal-1']);
  });

  it('creates a drivers and barriers table and a competitors table with one empty row each', () => {
    const doc = new Y.Doc();
    writeTemplate(doc, 'en', ids());
    const nodes = readStrategy(doc.getXmlFragment(STRATEGY_FRAGMENT));
    expect(nodes.find((node) => node.type === 'driversBarriers')).toEqual({
      type: 'driversBarriers',
      rows: [{ segment: '', drivers: '', barriers: '' }],
    });
    const competitors = nodes.find((node) => node.type === 'competitors');
    expect(competitors?.type === 'competitors' && competitors.rows).toHaveLength(1);
  });

  it('stores attributes as the editor does: heading level a number, task items unchecked', () => {
    const doc = new Y.Doc();
    writeTemplate(doc, 'en', ids());
    const elements = doc.getXmlFragment(STRATEGY_FRAGMENT).toArray() as Y.XmlElement[];
    expect(elements[0]?.nodeName).toBe('heading');
    expect(elements[0]?.getAttribute('level')).toBe(2);
    expect(elements[1]?.nodeName).toBe('strategyHint');
    const taskList = elements[elements.length - 1];
    const items = taskList?.toArray() as Y.XmlElement[];
    expect(items.map((item) => item.getAttribute('checked'))).toEqual(Array(10).fill(false));
  });

  it('writes the readiness checklist as unchecked tasks in the document language', () => {
    const doc = new Y.Doc();
    writeTemplate(doc, 'th', ids());
    const last = readStrategy(doc.getXmlFragment(STRATEGY_FRAGMENT)).at(-1);
    expect(last?.type).toBe('taskList');
    if (last?.type !== 'taskList') return;
    expect(last.items.every((item) => !item.checked)).toBe(true);
    expect(
      last.items.map((item) =>
        item.content.map((block) => block.type === 'paragraph' && inlineText(block.content)),
      ),
    ).toEqual(CHECKLIST_ITEM_KEYS.map((key) => [STRATEGY_TEMPLATE.th.checklist[key]]));
  });

  it('writes in a single transaction', () => {
    const doc = new Y.Doc();
    let updates = 0;
    doc.on('update', () => updates++);
    writeTemplate(doc, 'uk', ids());
    expect(updates).toBe(1);
  });

  it('leaves a document that already has content untouched', () => {
    const doc = new Y.Doc();
    const fragment = doc.getXmlFragment(STRATEGY_FRAGMENT);
    fragment.insert(0, buildChildren([p('Existing')]));
    let idsTaken = 0;
    const newId = () => `unused-${++idsTaken}`;
    let updates = 0;
    doc.on('update', () => updates++);
    expect(() => writeTemplate(doc, 'en', newId)).not.toThrow();
    expect(updates).toBe(0);
    expect(fragment.length).toBe(1);
    expect(idsTaken).toBe(0);
  });

  it('falls back to English for a language it does not know', () => {
    const doc = new Y.Doc();
    writeTemplate(doc, 'xx' as never, ids());
    const [first] = readStrategy(doc.getXmlFragment(STRATEGY_FRAGMENT));
    expect(first?.type === 'heading' && inlineText(first.content)).toBe('Goals and objectives');
  });
});
