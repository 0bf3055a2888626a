import {
  type InCell,
  type InRecord,
  type TableRefusal,
  unguardCell,
} from '@chorus/media-plan-model/io';
import {
  checkLength,
  type ColumnMapping,
  countCharacters,
  type DateOrder,
  isPostFormat,
  NETWORKS,
  type NetworkId,
  POST_FIELDS,
  type PostField,
  type PostFormat,
} from '@chorus/post-model';
import { AppError } from '../../../platform/errors/index.js';
import { resolvePublishTime } from '../publish-time.js';
import { exportHeader } from './post-columns.js';
import { readLocalDateTime, readNetworks, readYesNo } from './post-values.js';

/** Why a cell (or the file) is refused, or what the person should know about it. */
export type ProblemCode =
  | TableRefusal
  | 'column_not_in_file'
  | 'title_missing'
  | 'text_too_long'
  | 'network_unknown'
  | 'date_invalid'
  | 'time_missing'
  | 'time_invalid'
  | 'format_unknown'
  | 'category_unknown'
  | 'promotional_invalid'
  | 'goal_unknown'
  | 'row_id_unknown'
  | 'assignee_unknown'
  | 'status_invalid'
  | 'scheduled_without_time'
  // Warnings: the row imports, as said.
  | 'publish_time_adjusted'
  | 'too_long_for_network'
  | 'variant_network_not_chosen'
  | 'status_not_imported';

export interface ImportProblem {
  /** 1-based line (CSV) or row (XLSX); the header's for a mapping problem. */
  row: number;
  /** The column's header as written in the file ('' for the whole row). */
  column: string;
  field: PostField | '';
  code: ProblemCode;
  severity: 'error' | 'warning';
  message: string;
}

/** A row ready to become a post. */
export interface CheckedPost {
  line: number;
  title: string;
  body: string;
  firstComment: string;
  variants: Partial<Record<NetworkId, string>>;
  networks: NetworkId[];
  publishAt: Date | null;
  format: PostFormat;
  categoryId: string | null;
  promotional: boolean | null;
  goalId: string | null;
  mediaPlanId: string | null;
  mediaPlanRowId: string | null;
  assigneeId: string | null;
  status: 'draft' | 'ready' | 'scheduled';
}

/** What the checker knows of the brand (read once before the rows are checked). */
export interface BrandLookups {
  timeZone: string;
  /** Lower-case category name (or key) → id. */
  categories: ReadonlyMap<string, string>;
  /** Lower-case goal id (or statement) → goal id. */
  goals: ReadonlyMap<string, string>;
  /** Row ID → its media plan. */
  planRows: ReadonlyMap<string, string>;
  /** Lower-case e-mail → user id, for people who work on the brand. */
  assignees: ReadonlyMap<string, string>;
}

export interface CheckOptions {
  mapping: ColumnMapping;
  dateOrder: DateOrder;
  /** CSV: strip the apostrophe the export puts before = + - @. */
  guarded: boolean;
  lookups: BrandLookups;
}

/** Longest text of one field a post may carry (the longest network limit is 63,206). */
export const MAX_TEXT = 100_000;
const MAX_TITLE = 200;
const IMPORT_STATUSES = ['draft', 'ready', 'scheduled'] as const;

/** Problems, the posts of the rows without errors, and counts. */
export interface CheckResult {
  posts: CheckedPost[];
  problems: ImportProblem[];
  rows: number;
  errorRows: number;
}

/** Column index of each mapped field; problems for mapped headers the file lacks. */
export function resolveColumns(
  header: InRecord,
  mapping: ColumnMapping,
): { columns: Map<PostField, number>; problems: ImportProblem[] } {
  const names = header.cells.map((cell) => textOf(cell).trim());
  const columns = new Map<PostField, number>();
  const problems: ImportProblem[] = [];
  for (const field of POST_FIELDS) {
    const wanted = mapping[field]?.trim();
    if (!wanted) continue;
    const index = names.findIndex((name) => name === wanted);
    if (index < 0) {
      problems.push({
        row: header.line,
        column: wanted,
        field,
        code: 'column_not_in_file',
        severity: 'error',
        message: `The file has no column "${wanted}" (mapped to ${exportHeader(field)}).`,
      });
    } else columns.set(field, index);
  }
  if (!columns.has('title') && !columns.has('body') && problems.length === 0) {
    problems.push({
      row: header.line,
      column: '',
      field: 'title',
      code: 'title_missing',
      severity: 'error',
      message: 'Map a column to the title or the text: a post needs one of them.',
    });
  }
  return { columns, problems };
}

export function textOf(cell: InCell | undefined): string {
  if (cell === null || cell === undefined) return '';
  return typeof cell === 'number' ? String(cell) : cell;
}

/** Checks every data record; never throws on what a file holds. */
export function checkRecords(
  header: InRecord,
  data: readonly InRecord[],
  options: CheckOptions,
): CheckResult {
  const { columns, problems } = resolveColumns(header, options.mapping);
  if (problems.length > 0) return { posts: [], problems, rows: data.length, errorRows: 0 };
  const names = header.cells.map((cell) => textOf(cell).trim());
  const posts: CheckedPost[] = [];
  let errorRows = 0;
  for (const record of data) {
    const rowProblems: ImportProblem[] = [];
    const post = checkRecord(record, columns, names, options, rowProblems);
    problems.push(...rowProblems);
    if (rowProblems.some((p) => p.severity === 'error')) errorRows += 1;
    else posts.push(post);
  }
  return { posts, problems, rows: data.length, errorRows };
}

function checkRecord(
  record: InRecord,
  columns: ReadonlyMap<PostField, number>,
  names: readonly string[],
  options: CheckOptions,
  problems: ImportProblem[],
): CheckedPost {
  const { lookups } = options;
  const line = record.line;
  const raw = (field: PostField): InCell => {
    const index = columns.get(field);
    return index === undefined ? null : (record.cells[index] ?? null);
  };
  const text = (field: PostField): string => {
    const value = textOf(raw(field));
    return options.guarded ? unguardCell(value) : value;
  };
  const add = (field: PostField, code: ProblemCode, message: string, warning = false) => {
    const index = columns.get(field);
    problems.push({
      row: line,
      column: index === undefined ? '' : (names[index] ?? ''),
      field,
      code,
      severity: warning ? 'warning' : 'error',
      message,
    });
  };
  const long = (field: PostField, value: string, limit: number): string => {
    if (value.length > limit) {
      add(field, 'text_too_long', `${value.length} characters; the limit is ${limit}.`);
    }
    return value;
  };

  const body = long('body', text('body'), MAX_TEXT);
  const firstComment = long('firstComment', text('firstComment'), MAX_TEXT);
  let title = text('title').trim().replace(/\s+/g, ' ');
  if (title === '') title = body.trim().split('\n')[0]?.trim().slice(0, 80) ?? '';
  if (title === '') add('title', 'title_missing', 'The row has neither a title nor a text.');
  else long('title', title, MAX_TITLE);

  const { networks, unknown } = readNetworks(text('networks'));
  if (unknown.length > 0) {
    add(
      'networks',
      'network_unknown',
      `Unknown network: ${unknown.join(', ')}. Use ${Object.values(NETWORKS)
        .map((n) => n.label)
        .join(', ')}.`,
    );
  }

  const variants: Partial<Record<NetworkId, string>> = {};
  for (const [field] of columns) {
    if (!field.startsWith('text:')) continue;
    const network = field.slice(5) as NetworkId;
    const value = long(field, text(field), MAX_TEXT);
    if (value.trim() === '') continue;
    variants[network] = value;
    if (!networks.includes(network)) {
      add(
        field,
        'variant_network_not_chosen',
        `The row has its own ${NETWORKS[network].label} text but does not go to ${NETWORKS[network].label}; the text is kept.`,
        true,
      );
    }
  }
  const bodyCount = countCharacters(body);
  for (const network of networks) {
    const own = variants[network];
    const check = checkLength(
      own ?? body,
      network,
      false,
      own === undefined ? bodyCount : undefined,
    );
    if (!check.fits) {
      add(
        own === undefined ? 'body' : `text:${network}`,
        'too_long_for_network',
        `${check.count} characters; ${NETWORKS[network].label} shows ${check.limit}. It is imported; shorten it before publishing.`,
        true,
      );
    }
  }

  let publishAt: Date | null = null;
  const dateCell = raw('publishAt');
  const timeCell = raw('publishTime');
  if (dateCell !== null && textOf(dateCell).trim() !== '') {
    const read = readLocalDateTime(
      typeof dateCell === 'string' ? text('publishAt') : dateCell,
      timeCell,
      options.dateOrder,
    );
    if (!read.ok) {
      const messages = {
        date_invalid: `"${textOf(dateCell)}" is not a date; write it like 2027-03-29 09:30 or 29.03.2027 09:30.`,
        time_missing: 'The date has no time of day; add it (09:30) or map a time column.',
        time_invalid: `"${textOf(timeCell)}" is not a time of day; write it like 09:30 or 9:30 PM.`,
      } as const;
      add(
        read.reason === 'time_invalid' ? 'publishTime' : 'publishAt',
        read.reason,
        messages[read.reason],
      );
    } else {
      try {
        const resolved = resolvePublishTime(read.local, lookups.timeZone);
        publishAt = resolved.instant;
        if (resolved.adjustment) {
          add('publishAt', 'publish_time_adjusted', resolved.adjustment.message, true);
        }
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        add('publishAt', 'date_invalid', error.message);
      }
    }
  } else if (timeCell !== null && textOf(timeCell).trim() !== '') {
    add('publishAt', 'date_invalid', 'The row has a time but no date.');
  }

  const formatText = text('format').trim().toLowerCase();
  let format: PostFormat = 'text';
  if (formatText !== '') {
    if (isPostFormat(formatText)) format = formatText;
    else
      add(
        'format',
        'format_unknown',
        `"${formatText}" is not a format; use text, image, carousel, video, story, reel or live.`,
      );
  }

  const categoryText = text('category').trim();
  let categoryId: string | null = null;
  if (categoryText !== '') {
    categoryId = lookups.categories.get(categoryText.toLowerCase()) ?? null;
    if (!categoryId)
      add('category', 'category_unknown', `The brand has no category "${categoryText}".`);
  }

  const promotional = readYesNo(text('promotional'));
  if (promotional === undefined) {
    add(
      'promotional',
      'promotional_invalid',
      `"${text('promotional').trim()}" is neither yes nor no.`,
    );
  }

  const goalText = text('goal').trim();
  let goalId: string | null = null;
  if (goalText !== '') {
    goalId = lookups.goals.get(goalText.toLowerCase()) ?? null;
    if (!goalId)
      add('goal', 'goal_unknown', `No strategy of the brand has the goal "${goalText}".`);
  }

  const rowIdText = text('rowId').trim();
  let mediaPlanId: string | null = null;
  if (rowIdText !== '') {
    mediaPlanId = lookups.planRows.get(rowIdText) ?? null;
    if (!mediaPlanId)
      add('rowId', 'row_id_unknown', `No media plan of the brand has the row "${rowIdText}".`);
  }

  const email = text('assignee').trim().toLowerCase();
  let assigneeId: string | null = null;
  if (email !== '') {
    assigneeId = lookups.assignees.get(email) ?? null;
    if (!assigneeId)
      add(
        'assignee',
        'assignee_unknown',
        `"${email}" is not the e-mail of someone who works on this brand.`,
      );
  }

  const statusText = text('status').trim().toLowerCase();
  let status: CheckedPost['status'] = 'draft';
  if (statusText !== '') {
    if ((IMPORT_STATUSES as readonly string[]).includes(statusText)) {
      status = statusText as CheckedPost['status'];
    } else if (statusText === 'published' || statusText === 'archived') {
      add(
        'status',
        'status_not_imported',
        `A ${statusText} post is imported as a draft (an export of it imports as a copy).`,
        true,
      );
    } else {
      add(
        'status',
        'status_invalid',
        `"${statusText}" cannot be imported; use draft, ready or scheduled.`,
      );
    }
  }
  if (status === 'scheduled' && !publishAt && !problems.some((p) => p.field === 'publishAt')) {
    add('status', 'scheduled_without_time', 'A scheduled post needs a publish date and time.');
  }

  return {
    line,
    title,
    body,
    firstComment,
    variants,
    networks,
    publishAt,
    format,
    categoryId,
    promotional: promotional ?? null,
    goalId,
    mediaPlanId,
    mediaPlanRowId: mediaPlanId ? rowIdText : null,
    assigneeId,
    status,
  };
}
