import type * as Y from 'yjs';
import { PRINT_STYLESHEET } from './html-style.js';
import { labelsFor } from './labels.js';
import { todayUtc } from './markdown.js';
import { readStrategy } from './read-strategy.js';
import { safeHref } from './safe-href.js';
import {
  isStrategyLanguage,
  RTL_LANGUAGES,
  type SmartGoalAttrs,
  type StrategyLanguage,
} from './schema.js';
import { checkSmart, SMART_LETTERS, smartChecklist } from './smart.js';
import type {
  InlineNode,
  ListItemNode,
  PersonaNode,
  StrategyNode,
  TableCellNode,
  TaskItemNode,
  TextMark,
} from './strategy-node.js';
import { inlineText } from './text.js';
import type { StrategyLabels } from './texts/types.js';

export interface HtmlOptions {
  /** The page title and first heading; the language's "SMM strategy" by default. */
  title?: string;
  /** Sets `lang`, `dir` (rtl for fa and he) and the labels; English by default. */
  language?: StrategyLanguage;
  /** Labels to use instead of the language's. */
  labels?: StrategyLabels;
  /** yyyy-mm-dd for the SMART check of goals; today (UTC) by default. */
  today?: string;
}

interface Context {
  labels: StrategyLabels;
  today: string;
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

/** Escaped text whose line breaks are kept as `<br>`. */
function textHtml(text: string): string {
  return escapeHtml(text).replace(/\r\n|[\n\r]/g, '<br>');
}

/**
 * The document as a standalone, print-ready HTML page (A4, inline stylesheet, no script,
 * a Content-Security-Policy that forbids any). Every block carries `dir="auto"` so that
 * mixed-direction paragraphs render right; all text is escaped and only http(s) and mailto
 * links are kept. Hints are not exported.
 */
export function strategyToHtml(fragment: Y.XmlFragment, options: HtmlOptions = {}): string {
  const language: StrategyLanguage =
    options.language !== undefined && isStrategyLanguage(options.language)
      ? options.language
      : 'en';
  const labels = options.labels ?? labelsFor(language);
  const context: Context = { labels, today: options.today ?? todayUtc() };
  const title = options.title?.trim() || labels.documentTitle;
  const dir = RTL_LANGUAGES.includes(language) ? 'rtl' : 'ltr';
  return [
    '<!doctype html>',
    `<html lang="${language}" dir="${dir}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>\n${PRINT_STYLESHEET}\n</style>`,
    '</head>',
    '<body>',
    `<h1 dir="auto">${escapeHtml(title)}</h1>`,
    ...renderBlocks(readStrategy(fragment), context),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function renderBlocks(nodes: readonly StrategyNode[], context: Context): string[] {
  return nodes.map((node) => renderBlock(node, context)).filter((html) => html !== '');
}

function blocksHtml(nodes: readonly StrategyNode[], context: Context): string {
  return renderBlocks(nodes, context).join('\n');
}

function renderBlock(node: StrategyNode, context: Context): string {
  const { labels } = context;
  switch (node.type) {
    case 'paragraph':
      return wrapInline('p', node.content);
    case 'heading':
      return wrapInline(`h${node.level}`, node.content);
    case 'bulletList':
      return `<ul dir="auto">\n${listItems(node.items, context)}\n</ul>`;
    case 'orderedList': {
      const start = node.start === 1 ? '' : ` start="${node.start}"`;
      return `<ol dir="auto"${start}>\n${listItems(node.items, context)}\n</ol>`;
    }
    case 'taskList':
      return `<ul class="tasks" dir="auto">\n${taskItems(node.items, context)}\n</ul>`;
    case 'blockquote':
      return `<blockquote dir="auto">\n${blocksHtml(node.content, context)}\n</blockquote>`;
    case 'codeBlock': {
      const language = node.language ? ` class="language-${escapeHtml(node.language)}"` : '';
      return `<pre dir="auto"><code${language}>${escapeHtml(node.text)}</code></pre>`;
    }
    case 'horizontalRule':
      return '<hr>';
    case 'table':
      return renderTable(node.rows, context);
    case 'hint':
      return '';
    case 'smartGoal':
      return renderGoal(node.attrs, context);
    case 'persona':
      return renderPersona(node, labels);
    case 'driversBarriers':
      return renderTypedTable(node.rows, labels.driverBarrierFields);
    case 'competitors':
      return renderTypedTable(node.rows, labels.competitorFields);
    case 'insight':
      return labelled('insight', labels.insight, node.content);
    case 'brandRole':
      return labelled('brand-role', labels.brandRole, node.content);
    case 'unknown':
      return renderUnknown(node.children, context);
  }
}

/** Inline content wrapped in `tag`, or '' when it is empty. */
function wrapInline(tag: string, content: readonly InlineNode[]): string {
  const html = inlineHtml(content);
  return html === '' ? '' : `<${tag} dir="auto">${html}</${tag}>`;
}

/** Inline content as HTML; marks nest with the link outermost and code innermost. */
export function inlineHtml(nodes: readonly InlineNode[]): string {
  return nodes
    .map((node) => {
      if (node.type === 'hardBreak') return '<br>';
      if (node.type === 'unknown') return textHtml(inlineText(node.children));
      return node.marks.reduceRight((html, mark) => wrapMark(html, mark), textHtml(node.text));
    })
    .join('');
}

function wrapMark(html: string, mark: TextMark): string {
  switch (mark.type) {
    case 'link': {
      const href = safeHref(mark.href);
      return href === null
        ? html
        : `<a href="${escapeHtml(href)}" rel="noopener noreferrer nofollow">${html}</a>`;
    }
    case 'bold':
      return `<strong>${html}</strong>`;
    case 'italic':
      return `<em>${html}</em>`;
    case 'strike':
      return `<s>${html}</s>`;
    case 'underline':
      return `<u>${html}</u>`;
    case 'code':
      return `<code>${html}</code>`;
  }
}

function listItems(items: readonly ListItemNode[], context: Context): string {
  return items.map((item) => `<li dir="auto">${blocksHtml(item.content, context)}</li>`).join('\n');
}

/** Task items show a box; a first paragraph stays on the box's line. */
function taskItems(items: readonly TaskItemNode[], context: Context): string {
  return items
    .map((item) => {
      const box = `<span class="box" aria-hidden="true">${item.checked ? '☑' : '☐'}</span>`;
      const [first, ...rest] = item.content;
      const lead = first?.type === 'paragraph' ? inlineHtml(first.content) : '';
      const blocks = first?.type === 'paragraph' ? rest : item.content;
      const after = blocks.length > 0 ? `\n${blocksHtml(blocks, context)}` : '';
      const state = item.checked ? 'task done' : 'task';
      return `<li class="${state}" dir="auto">${box}${lead}${after}</li>`;
    })
    .join('\n');
}

function renderTable(rows: readonly TableCellNode[][], context: Context): string {
  if (rows.length === 0) return '';
  const body = rows
    .map((row) => `<tr>${row.map((cell) => tableCell(cell, context)).join('')}</tr>`)
    .join('\n');
  return `<table dir="auto">\n<tbody>\n${body}\n</tbody>\n</table>`;
}

function tableCell(cell: TableCellNode, context: Context): string {
  const tag = cell.header ? 'th' : 'td';
  const colspan = cell.colspan > 1 ? ` colspan="${cell.colspan}"` : '';
  const rowspan = cell.rowspan > 1 ? ` rowspan="${cell.rowspan}"` : '';
  return `<${tag} dir="auto"${colspan}${rowspan}>${blocksHtml(cell.content, context)}</${tag}>`;
}

function renderTypedTable<K extends string>(
  rows: ReadonlyArray<Readonly<Record<K, string>>>,
  names: Readonly<Record<K, string>>,
): string {
  const keys = Object.keys(names) as K[];
  const head = keys.map((key) => `<th dir="auto">${escapeHtml(names[key])}</th>`).join('');
  const body = rows
    .filter((row) => keys.some((key) => row[key].trim() !== ''))
    .map(
      (row) =>
        `<tr>${keys.map((key) => `<td dir="auto">${textHtml(row[key].trim())}</td>`).join('')}</tr>`,
    )
    .join('\n');
  return `<table class="typed" dir="auto">\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

/** A definition list of the non-empty fields. */
function fieldList<K extends string>(
  values: Readonly<Record<NoInfer<K>, string>>,
  names: Readonly<Record<K, string>>,
  keys: readonly K[],
): string {
  const entries = keys
    .filter((key) => values[key].trim() !== '')
    .map(
      (key) =>
        `<dt dir="auto">${escapeHtml(names[key])}</dt><dd dir="auto">${escapeHtml(values[key].trim())}</dd>`,
    );
  return entries.length > 0 ? `<dl dir="auto">\n${entries.join('\n')}\n</dl>` : '';
}

function renderGoal(goal: SmartGoalAttrs, { labels, today }: Context): string {
  const names = labels.goalFields;
  const issues = checkSmart(goal, today);
  const checklist = smartChecklist(issues);
  const letters = SMART_LETTERS.map((letter) => {
    const ok = checklist[letter];
    const title = escapeHtml(labels.smartLetters[letter]);
    return `<span class="${ok ? 'ok' : 'issue'}" title="${title}">${letter} ${ok ? '✓' : '✗'}</span>`;
  }).join(' ');
  const issueList = issues.length
    ? `\n<ul class="issues" dir="auto">${issues
        .map((issue) => `<li dir="auto">${escapeHtml(labels.smartIssues[issue])}</li>`)
        .join('')}</ul>`
    : '';
  const statement = goal.statement.trim() ? textHtml(goal.statement.trim()) : '—';
  return [
    '<div class="card goal" dir="auto">',
    `<p class="card-title" dir="auto">${escapeHtml(names.statement)}: ${statement}</p>`,
    fieldList(goal, names, ['metric', 'baseline', 'target', 'deadline', 'why']),
    `<p class="smart" dir="auto">${escapeHtml(labels.smartCheck)}: ${letters}</p>${issueList}`,
    '</div>',
  ]
    .filter(Boolean)
    .join('\n');
}

function renderPersona(node: PersonaNode, labels: StrategyLabels): string {
  const { name, ...rest } = node.attrs;
  const fields = fieldList(
    rest,
    labels.personaFields,
    Object.keys(rest) as Array<keyof typeof rest>,
  );
  if (name.trim() === '' && fields === '') return '';
  const title = `${escapeHtml(labels.persona)}: ${name.trim() ? textHtml(name.trim()) : '—'}`;
  return [
    '<div class="card persona" dir="auto">',
    `<p class="card-title" dir="auto">${title}</p>`,
    fields,
    '</div>',
  ]
    .filter(Boolean)
    .join('\n');
}

function labelled(kind: string, label: string, content: readonly InlineNode[]): string {
  const html = inlineHtml(content);
  if (html === '') return '';
  return [
    `<div class="labelled ${kind}" dir="auto">`,
    `<p class="label" dir="auto">${escapeHtml(label)}</p>`,
    `<p dir="auto">${html}</p>`,
    '</div>',
  ].join('\n');
}

function renderUnknown(
  children: ReadonlyArray<InlineNode | StrategyNode>,
  context: Context,
): string {
  const parts: string[] = [];
  let inline: InlineNode[] = [];
  const flush = () => {
    const html = inlineHtml(inline);
    if (html !== '') parts.push(`<p dir="auto">${html}</p>`);
    inline = [];
  };
  for (const child of children) {
    if (child.type === 'text' || child.type === 'hardBreak' || child.type === 'unknown') {
      inline.push(child);
    } else {
      flush();
      parts.push(renderBlock(child, context));
    }
  }
  flush();
  const body = parts.filter((part) => part !== '').join('\n');
  return body === '' ? '' : `<div dir="auto">\n${body}\n</div>`;
}
