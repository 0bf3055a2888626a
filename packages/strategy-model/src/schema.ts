/**
 * The shape of a strategy document in Yjs. The web editor (TipTap/ProseMirror through
 * y-prosemirror) writes it; the server reads it. A ProseMirror node is a Y.XmlElement whose
 * nodeName is the node type's name and whose attributes are the node's attrs; text is a
 * Y.XmlText whose formatting attributes are the marks (mark name → mark attrs).
 *
 * Change a name or an attribute here only together with a migration of stored documents.
 */

/** The Y.XmlFragment of the Y.Doc that holds the whole document. */
export const STRATEGY_FRAGMENT = 'strategy';

/** Languages a strategy can be written in (the UI languages). */
export const STRATEGY_LANGUAGES = ['en', 'vi', 'fa', 'he', 'uk', 'th'] as const;
export type StrategyLanguage = (typeof STRATEGY_LANGUAGES)[number];

export function isStrategyLanguage(value: string): value is StrategyLanguage {
  return (STRATEGY_LANGUAGES as readonly string[]).includes(value);
}

/** Languages written right to left. */
export const RTL_LANGUAGES: readonly StrategyLanguage[] = ['fa', 'he'];

/** Standard rich-text nodes (TipTap StarterKit, tables, task lists) by their ProseMirror names. */
export const RICH_NODES = {
  paragraph: 'paragraph',
  heading: 'heading', // attrs: level 1..6
  bulletList: 'bulletList',
  orderedList: 'orderedList', // attrs: start
  listItem: 'listItem',
  taskList: 'taskList',
  taskItem: 'taskItem', // attrs: checked
  blockquote: 'blockquote',
  codeBlock: 'codeBlock',
  horizontalRule: 'horizontalRule',
  hardBreak: 'hardBreak',
  table: 'table',
  tableRow: 'tableRow',
  tableHeader: 'tableHeader',
  tableCell: 'tableCell',
} as const;

/** Marks on text by their ProseMirror names. */
export const MARKS = {
  bold: 'bold',
  italic: 'italic',
  underline: 'underline',
  strike: 'strike',
  code: 'code',
  link: 'link', // attrs: href
} as const;

/** The typed blocks of a strategy, by their ProseMirror names. */
export const BLOCKS = {
  /** A template hint shown to authors, never exported. Atom; attrs: text. */
  hint: 'strategyHint',
  /** A SMART goal card. Atom; attrs: SmartGoalAttrs. */
  smartGoal: 'smartGoal',
  /** A persona card. Atom; attrs: PersonaAttrs. */
  persona: 'persona',
  /** Drivers and barriers table: content `driverBarrierRow+`, no attrs. */
  driversBarriers: 'driversBarriers',
  /** One row of it. Atom; attrs: DriverBarrierRowAttrs. */
  driverBarrierRow: 'driverBarrierRow',
  /** Competitor analysis table: content `competitorRow+`, no attrs. */
  competitors: 'competitors',
  /** One competitor. Atom; attrs: CompetitorRowAttrs. */
  competitorRow: 'competitorRow',
  /** The insight: a text block (content `inline*`), one or two sentences. */
  insight: 'insight',
  /** The brand's role: a text block (content `inline*`). */
  brandRole: 'brandRole',
} as const;

/**
 * Every attribute of a typed block is a string ('' when empty), so that each field is one
 * Yjs attribute: two people editing different fields of one card never overwrite each
 * other; two editing the same field at once keep the later value.
 */
export interface SmartGoalAttrs {
  /** Stable id other records (posts, media-plan lines, KPIs) link to. */
  goalId: string;
  statement: string;
  metric: string;
  baseline: string;
  /** The target value; should be a number (e.g. "25000", "4.5", "12%"). */
  target: string;
  /** ISO date yyyy-mm-dd. */
  deadline: string;
  why: string;
}

export interface PersonaAttrs {
  name: string;
  ageRange: string;
  location: string;
  occupation: string;
  interests: string;
  networks: string;
  activeHours: string;
  contentPreferences: string;
  needs: string;
}

export interface DriverBarrierRowAttrs {
  /** The audience segment or product the row is about. */
  segment: string;
  drivers: string;
  barriers: string;
}

export interface CompetitorRowAttrs {
  name: string;
  network: string;
  frequency: string;
  contentTypes: string;
  works: string;
  fails: string;
}

export interface HintAttrs {
  text: string;
}

export const SMART_GOAL_FIELDS = [
  'statement',
  'metric',
  'baseline',
  'target',
  'deadline',
  'why',
] as const satisfies ReadonlyArray<keyof SmartGoalAttrs>;

export const PERSONA_FIELDS = [
  'name',
  'ageRange',
  'location',
  'occupation',
  'interests',
  'networks',
  'activeHours',
  'contentPreferences',
  'needs',
] as const satisfies ReadonlyArray<keyof PersonaAttrs>;

export const DRIVER_BARRIER_FIELDS = [
  'segment',
  'drivers',
  'barriers',
] as const satisfies ReadonlyArray<keyof DriverBarrierRowAttrs>;

export const COMPETITOR_FIELDS = [
  'name',
  'network',
  'frequency',
  'contentTypes',
  'works',
  'fails',
] as const satisfies ReadonlyArray<keyof CompetitorRowAttrs>;

/** Longest value of one typed-block field, in characters (the editor and readers cut there). */
export const MAX_FIELD_LENGTH = 2000;
