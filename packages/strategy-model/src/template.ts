import type * as Y from 'yjs';
import { STRATEGY_TEXTS } from './labels.js';
import {
  BLOCKS,
  COMPETITOR_FIELDS,
  DRIVER_BARRIER_FIELDS,
  isStrategyLanguage,
  PERSONA_FIELDS,
  RICH_NODES,
  SMART_GOAL_FIELDS,
  STRATEGY_FRAGMENT,
  type StrategyLanguage,
} from './schema.js';
import {
  CHECKLIST_ITEM_KEYS,
  TEMPLATE_SECTION_KEYS,
  type TemplateSectionKey,
  type TemplateTexts,
} from './texts/types.js';
import { createElement, createText } from './y-build.js';

/** The template's headings, hints and checklist items in every strategy language. */
export const STRATEGY_TEMPLATE: Readonly<Record<StrategyLanguage, TemplateTexts>> = {
  en: STRATEGY_TEXTS.en.template,
  vi: STRATEGY_TEXTS.vi.template,
  fa: STRATEGY_TEXTS.fa.template,
  he: STRATEGY_TEXTS.he.template,
  uk: STRATEGY_TEXTS.uk.template,
  th: STRATEGY_TEXTS.th.template,
};

/**
 * Fills an empty strategy document with the 17-section template in `language`, in one
 * transaction: per section a level-2 heading, a hint, and an empty paragraph or the
 * section's typed block (goal card with the id `newId()` gives, persona card, drivers and
 * barriers table, competitors table, insight, brand role, readiness checklist).
 * Does nothing when the fragment already has content. Two replicas that both see it
 * empty would both write it, so call this where the document is authoritative (the
 * server, when it creates the document) or only after the provider has synced.
 */
export function writeTemplate(doc: Y.Doc, language: StrategyLanguage, newId: () => string): void {
  const fragment = doc.getXmlFragment(STRATEGY_FRAGMENT);
  if (fragment.length > 0) return;
  const texts = STRATEGY_TEMPLATE[isStrategyLanguage(language) ? language : 'en'];
  doc.transact(() => {
    if (fragment.length === 0) fragment.insert(0, buildTemplate(texts, newId));
  });
}

/** The template's blocks as Y nodes, ready to insert into an empty fragment. */
export function buildTemplate(texts: TemplateTexts, newId: () => string): Y.XmlElement[] {
  return TEMPLATE_SECTION_KEYS.flatMap((key) => {
    const { heading, hint } = texts.sections[key];
    const title = createElement(RICH_NODES.heading, { level: 2 });
    title.insert(0, [createText(heading)]);
    return [title, createElement(BLOCKS.hint, { text: hint }), sectionBody(key, texts, newId)];
  });
}

type BodyBuilder = (texts: TemplateTexts, newId: () => string) => Y.XmlElement;

/** The sections whose body is a typed block; the others get an empty paragraph. */
const TYPED_BODIES: Partial<Record<TemplateSectionKey, BodyBuilder>> = {
  goals: (_, newId) =>
    createElement(BLOCKS.smartGoal, { goalId: newId(), ...emptyFields(SMART_GOAL_FIELDS) }),
  personas: () => createElement(BLOCKS.persona, emptyFields(PERSONA_FIELDS)),
  driversBarriers: () =>
    withChildren(BLOCKS.driversBarriers, [
      createElement(BLOCKS.driverBarrierRow, emptyFields(DRIVER_BARRIER_FIELDS)),
    ]),
  competitors: () =>
    withChildren(BLOCKS.competitors, [
      createElement(BLOCKS.competitorRow, emptyFields(COMPETITOR_FIELDS)),
    ]),
  insight: () => createElement(BLOCKS.insight),
  brandRole: () => createElement(BLOCKS.brandRole),
  readiness: (texts) =>
    withChildren(
      RICH_NODES.taskList,
      CHECKLIST_ITEM_KEYS.map((item) =>
        withChildren(RICH_NODES.taskItem, [paragraph(texts.checklist[item])], { checked: false }),
      ),
    ),
};

function sectionBody(
  key: TemplateSectionKey,
  texts: TemplateTexts,
  newId: () => string,
): Y.XmlElement {
  return TYPED_BODIES[key]?.(texts, newId) ?? createElement(RICH_NODES.paragraph);
}

function emptyFields<K extends string>(names: readonly K[]): Record<K, string> {
  return Object.fromEntries(names.map((name) => [name, ''])) as Record<K, string>;
}

function paragraph(text: string): Y.XmlElement {
  return withChildren(RICH_NODES.paragraph, [createText(text)]);
}

function withChildren(
  nodeName: string,
  children: Array<Y.XmlElement | Y.XmlText>,
  attrs: Record<string, unknown> = {},
): Y.XmlElement {
  const element = createElement(nodeName, attrs);
  element.insert(0, children);
  return element;
}
