import {
  BLOCKS,
  PERSONA_FIELDS,
  SMART_GOAL_FIELDS,
  type SmartGoalAttrs,
} from '@chorus/strategy-model';
import { mergeAttributes, Node, type JSONContent } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { ReactNodeViewRenderer } from '@tiptap/react';
import { i18n } from '../../../../i18n';
import { newGoalId } from '../extensions/goal-ids';
import { fieldAttributes, fieldValue } from './field-attributes';
import { HintView } from './HintView';
import { PersonaView } from './PersonaView';
import { createRowView } from './RowView';
import { SmartGoalView } from './SmartGoalView';
import { TABLE_BLOCKS, type TableBlock } from './table-blocks-config';
import { BrandRoleView, InsightView } from './TextBlockView';

function dataType(name: string) {
  return { 'data-type': name };
}

/** Plain text of a card for the clipboard's text/plain: its non-empty fields, one a line. */
function cardText(node: ProseMirrorNode, fields: readonly string[]): string {
  return fields
    .map((field) => fieldValue(node.attrs[field]))
    .filter((value) => value.trim() !== '')
    .join('\n');
}

/** A SMART goal card (atom). Attributes exactly as strategy-model's SmartGoalAttrs. */
export const SmartGoal = Node.create({
  name: BLOCKS.smartGoal,
  group: 'block',
  atom: true,
  selectable: true,
  draggable: false,

  addAttributes() {
    return fieldAttributes(['goalId', ...SMART_GOAL_FIELDS] satisfies Array<keyof SmartGoalAttrs>);
  },
  parseHTML() {
    return [{ tag: `div[data-type="${this.name}"]` }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['div', mergeAttributes(dataType(this.name), HTMLAttributes)];
  },
  renderText({ node }) {
    return cardText(node, SMART_GOAL_FIELDS);
  },
  addNodeView() {
    return ReactNodeViewRenderer(SmartGoalView);
  },
});

/** A persona card (atom). Attributes exactly as strategy-model's PersonaAttrs. */
export const Persona = Node.create({
  name: BLOCKS.persona,
  group: 'block',
  atom: true,
  selectable: true,
  draggable: false,

  addAttributes() {
    return fieldAttributes(PERSONA_FIELDS);
  },
  parseHTML() {
    return [{ tag: `div[data-type="${this.name}"]` }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['div', mergeAttributes(dataType(this.name), HTMLAttributes)];
  },
  renderText({ node }) {
    return cardText(node, PERSONA_FIELDS);
  },
  addNodeView() {
    return ReactNodeViewRenderer(PersonaView);
  },
});

/** A template hint (atom): shown to authors, not editable, deletable. */
export const StrategyHint = Node.create({
  name: BLOCKS.hint,
  group: 'block',
  atom: true,
  selectable: true,
  draggable: false,

  addAttributes() {
    return fieldAttributes(['text']);
  },
  parseHTML() {
    return [{ tag: `div[data-type="${this.name}"]` }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['div', mergeAttributes(dataType(this.name), HTMLAttributes)];
  },
  renderText() {
    // A hint is guidance, not part of the strategy: it is not copied as text.
    return '';
  },
  addNodeView() {
    return ReactNodeViewRenderer(HintView);
  },
});

/** The insight: a text block of one or two sentences. */
export const Insight = Node.create({
  name: BLOCKS.insight,
  group: 'block',
  content: 'inline*',
  defining: true,

  parseHTML() {
    return [{ tag: `div[data-type="${this.name}"]` }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['div', mergeAttributes(dataType(this.name), HTMLAttributes), 0];
  },
  addNodeView() {
    return ReactNodeViewRenderer(InsightView);
  },
});

/** The brand's role: a text block. */
export const BrandRole = Node.create({
  name: BLOCKS.brandRole,
  group: 'block',
  content: 'inline*',
  defining: true,

  parseHTML() {
    return [{ tag: `div[data-type="${this.name}"]` }];
  },
  renderHTML({ HTMLAttributes }) {
    return ['div', mergeAttributes(dataType(this.name), HTMLAttributes), 0];
  },
  addNodeView() {
    return ReactNodeViewRenderer(BrandRoleView);
  },
});

/** Column headers and buttons of a typed table, in the current language. */
function tableLabels(block: TableBlock) {
  return {
    caption: i18n.t(`strategyEditor.blocks.${block.name}`),
    columns: block.fields.map((field) => i18n.t(`strategyEditor.tableColumns.${field}`)),
    actions: i18n.t('strategyEditor.tableActions'),
    addRow: i18n.t(`strategyEditor.${block.i18n}.addRow`),
    remove: i18n.t(`strategyEditor.${block.i18n}.remove`),
  };
}

function button(className: string): HTMLButtonElement {
  const element = document.createElement('button');
  element.type = 'button';
  element.className = className;
  return element;
}

/** A typed table: a container node whose content is one or more atom rows. */
function tableBlockNodes(block: TableBlock) {
  const row = Node.create({
    name: block.rowName,
    atom: true,
    selectable: true,
    draggable: false,

    addAttributes() {
      return fieldAttributes(block.fields);
    },
    parseHTML() {
      return [{ tag: `tr[data-type="${this.name}"]` }];
    },
    renderHTML({ node, HTMLAttributes }) {
      return [
        'tr',
        mergeAttributes(dataType(this.name), HTMLAttributes),
        ...block.fields.map((field) => ['td', {}, fieldValue(node.attrs[field])]),
      ];
    },
    renderText({ node }) {
      return block.fields.map((field) => fieldValue(node.attrs[field])).join('\t');
    },
    addNodeView() {
      return ReactNodeViewRenderer(createRowView(block), { as: 'tr' });
    },
  });

  const container = Node.create({
    name: block.name,
    group: 'block',
    content: `${block.rowName}+`,
    isolating: true,
    selectable: true,
    draggable: false,

    parseHTML() {
      return [{ tag: `table[data-type="${this.name}"]`, contentElement: 'tbody' }];
    },
    renderHTML({ HTMLAttributes }) {
      return ['table', mergeAttributes(dataType(this.name), HTMLAttributes), ['tbody', 0]];
    },
    addNodeView() {
      // Plain DOM, not React: the rows must be the <tbody>'s own children for a real table,
      // and a React view always puts an element of its own around its content.
      return ({ editor, getPos, HTMLAttributes }) => {
        const dom = document.createElement('div');
        dom.className = 'strategy-table-block';
        for (const [name, value] of Object.entries(HTMLAttributes)) {
          if (typeof value === 'string') dom.setAttribute(name, value);
        }
        const scroller = document.createElement('div');
        scroller.className = 'strategy-table-block__scroll';
        const table = document.createElement('table');
        table.className = 'strategy-table';
        const caption = document.createElement('caption');
        caption.className = 'strategy-card__title';
        const head = document.createElement('thead');
        const headRow = document.createElement('tr');
        head.append(headRow);
        const body = document.createElement('tbody');
        table.append(caption, head, body);
        scroller.append(table);

        const footer = document.createElement('div');
        footer.className = 'strategy-table-block__footer strategy-editor-only';
        const addRow = button('strategy-table-block__add');
        const remove = button('strategy-table-block__remove');
        footer.append(addRow, remove);
        for (const element of [caption, head, footer]) element.contentEditable = 'false';
        dom.append(scroller, footer);

        const relabel = () => {
          const labels = tableLabels(block);
          caption.textContent = labels.caption;
          headRow.replaceChildren(
            ...[...labels.columns, labels.actions].map((label, index) => {
              const cell = document.createElement('th');
              cell.scope = 'col';
              if (index === labels.columns.length) {
                // The remove buttons' column: named for screen readers only.
                const hidden = document.createElement('span');
                hidden.className = 'strategy-visually-hidden';
                hidden.textContent = label;
                cell.className = 'strategy-table__actions';
                cell.append(hidden);
              } else {
                cell.textContent = label;
              }
              return cell;
            }),
          );
          addRow.textContent = labels.addRow;
          remove.textContent = labels.remove;
        };
        relabel();
        i18n.on('languageChanged', relabel);

        addRow.addEventListener('click', () => {
          const pos = getPos();
          if (typeof pos !== 'number' || !editor.isEditable) return;
          const node = editor.state.doc.nodeAt(pos);
          const rowType = editor.schema.nodes[block.rowName];
          if (!node || !rowType) return;
          editor.view.dispatch(editor.state.tr.insert(pos + node.nodeSize - 1, rowType.create()));
          // The new row renders through React a moment later: then its first field gets focus.
          requestAnimationFrame(() =>
            body.lastElementChild?.querySelector<HTMLElement>('input, textarea')?.focus(),
          );
        });
        remove.addEventListener('click', () => {
          const pos = getPos();
          if (typeof pos !== 'number' || !editor.isEditable) return;
          const node = editor.state.doc.nodeAt(pos);
          if (!node) return;
          editor.view.dispatch(editor.state.tr.delete(pos, pos + node.nodeSize));
        });

        return {
          dom,
          contentDOM: body,
          update: (node) => node.type.name === block.name,
          // Buttons are ours; the rows' fields handle their own events.
          stopEvent: (event) => footer.contains(event.target as globalThis.Node),
          ignoreMutation: (mutation) =>
            mutation.type !== 'selection' && !body.contains(mutation.target),
          destroy: () => i18n.off('languageChanged', relabel),
        };
      };
    },
  });

  return { container, row };
}

const driversBarriers = tableBlockNodes(TABLE_BLOCKS.driversBarriers);
const competitors = tableBlockNodes(TABLE_BLOCKS.competitors);

export const DriversBarriers = driversBarriers.container;
export const DriverBarrierRow = driversBarriers.row;
export const Competitors = competitors.container;
export const CompetitorRow = competitors.row;

/** Every typed block of a strategy, as TipTap extensions. */
export const strategyBlocks = [
  SmartGoal,
  Persona,
  StrategyHint,
  Insight,
  BrandRole,
  DriversBarriers,
  DriverBarrierRow,
  Competitors,
  CompetitorRow,
];

/** The typed blocks the toolbar can insert. */
export type InsertableBlock =
  'smartGoal' | 'persona' | 'driversBarriers' | 'competitors' | 'insight' | 'brandRole';

/** The content a new block starts with (a goal gets a fresh id, a table one empty row). */
export function newBlock(kind: InsertableBlock): JSONContent {
  switch (kind) {
    case 'smartGoal':
      return { type: BLOCKS.smartGoal, attrs: { goalId: newGoalId() } };
    case 'persona':
      return { type: BLOCKS.persona };
    case 'driversBarriers':
      return { type: BLOCKS.driversBarriers, content: [{ type: BLOCKS.driverBarrierRow }] };
    case 'competitors':
      return { type: BLOCKS.competitors, content: [{ type: BLOCKS.competitorRow }] };
    case 'insight':
      return { type: BLOCKS.insight };
    case 'brandRole':
      return { type: BLOCKS.brandRole };
  }
}
