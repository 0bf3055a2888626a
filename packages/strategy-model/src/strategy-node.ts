import type {
  CompetitorRowAttrs,
  DriverBarrierRowAttrs,
  PersonaAttrs,
  SmartGoalAttrs,
} from './schema.js';

/** A mark on a text run, by its ProseMirror name. Unknown marks are dropped by the reader. */
export type TextMark =
  | { type: 'bold' }
  | { type: 'italic' }
  | { type: 'underline' }
  | { type: 'strike' }
  | { type: 'code' }
  | { type: 'link'; href: string };

/** A run of text sharing one set of marks. */
export interface TextRun {
  type: 'text';
  text: string;
  /** In a fixed order: link, bold, italic, strike, underline, code. */
  marks: TextMark[];
}

export interface HardBreak {
  type: 'hardBreak';
}

/**
 * A node the reader does not know (a newer editor, a hostile client). Kept with whatever
 * it holds so that its text stays readable.
 */
export interface UnknownNode {
  type: 'unknown';
  name: string;
  children: Array<StrategyNode | InlineNode>;
}

/** What a text block holds. */
export type InlineNode = TextRun | HardBreak | UnknownNode;

export interface ParagraphNode {
  type: 'paragraph';
  content: InlineNode[];
}

export interface HeadingNode {
  type: 'heading';
  /** 1..6 */
  level: number;
  content: InlineNode[];
}

export interface ListItemNode {
  content: StrategyNode[];
}

export interface BulletListNode {
  type: 'bulletList';
  items: ListItemNode[];
}

export interface OrderedListNode {
  type: 'orderedList';
  start: number;
  items: ListItemNode[];
}

export interface TaskItemNode {
  checked: boolean;
  content: StrategyNode[];
}

export interface TaskListNode {
  type: 'taskList';
  items: TaskItemNode[];
}

export interface BlockquoteNode {
  type: 'blockquote';
  content: StrategyNode[];
}

export interface CodeBlockNode {
  type: 'codeBlock';
  /** '' when none; only letters, digits and `+#._-`. */
  language: string;
  text: string;
}

export interface HorizontalRuleNode {
  type: 'horizontalRule';
}

export interface TableCellNode {
  header: boolean;
  colspan: number;
  rowspan: number;
  content: StrategyNode[];
}

export interface TableNode {
  type: 'table';
  rows: TableCellNode[][];
}

export interface HintNode {
  type: 'hint';
  text: string;
}

export interface SmartGoalNode {
  type: 'smartGoal';
  attrs: SmartGoalAttrs;
}

export interface PersonaNode {
  type: 'persona';
  attrs: PersonaAttrs;
}

export interface DriversBarriersNode {
  type: 'driversBarriers';
  rows: DriverBarrierRowAttrs[];
}

export interface CompetitorsNode {
  type: 'competitors';
  rows: CompetitorRowAttrs[];
}

export interface InsightNode {
  type: 'insight';
  content: InlineNode[];
}

export interface BrandRoleNode {
  type: 'brandRole';
  content: InlineNode[];
}

/** One block of a strategy document, as `readStrategy` returns it. */
export type StrategyNode =
  | ParagraphNode
  | HeadingNode
  | BulletListNode
  | OrderedListNode
  | TaskListNode
  | BlockquoteNode
  | CodeBlockNode
  | HorizontalRuleNode
  | TableNode
  | HintNode
  | SmartGoalNode
  | PersonaNode
  | DriversBarriersNode
  | CompetitorsNode
  | InsightNode
  | BrandRoleNode
  | UnknownNode;
