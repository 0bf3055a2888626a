export * from './schema.js';
export * from './strategy-node.js';
export { readStrategy, readSmartGoalAttrs, MAX_READ_DEPTH } from './read-strategy.js';
export { walkBlocks, childBlocks, isBlock } from './walk.js';
export { extractGoals, type StrategyGoal } from './goals.js';
export { parseTarget } from './parse-target.js';
export {
  checkSmart,
  isIsoDate,
  smartChecklist,
  SMART_CRITERIA,
  SMART_ISSUES,
  SMART_LETTERS,
  type SmartIssue,
  type SmartLetter,
} from './smart.js';
export { countSentences, splitSentences, INSIGHT_MAX_SENTENCES } from './sentences.js';
export {
  buildFragment,
  buildChildren,
  el,
  p,
  t,
  type ChildSpec,
  type ElementSpec,
  type TextSpec,
} from './testing/build-fragment.js';
export { safeHref } from './safe-href.js';
export { strategyToMarkdown, todayUtc, type MarkdownOptions } from './markdown.js';
export { escapeMarkdown } from './markdown-inline.js';
export { strategyToHtml, escapeHtml, type HtmlOptions } from './html.js';
export { PRINT_STYLESHEET } from './html-style.js';
export { strategyToPlainText, blockText, blocksText, inlineText } from './text.js';
export { STRATEGY_LABELS, STRATEGY_TEXTS, labelsFor } from './labels.js';
export { STRATEGY_TEMPLATE, writeTemplate, buildTemplate } from './template.js';
export {
  CHECKLIST_ITEM_KEYS,
  TEMPLATE_SECTION_KEYS,
  type ChecklistItemKey,
  type LanguageTexts,
  type StrategyLabels,
  type TemplateSectionKey,
  type TemplateTexts,
} from './texts/types.js';
