import { NETWORK_IDS, POST_BODY, POST_FIRST_COMMENT } from '@chorus/post-model';
import * as Y from 'yjs';
import { AppError, ErrorCode } from '../../platform/errors/index.js';
import type { AnchorKind } from './comment.entities.js';
import type { CommentAnchorInput } from './dto/comment.inputs.js';

/** Longest comment, in characters (UTF-16 units). */
export const MAX_COMMENT_LENGTH = 10_000;
/** Longest quote a TEXT anchor keeps. */
export const MAX_QUOTE_LENGTH = 500;
/** Longest reason a moderator gives for hiding a comment. */
export const MAX_HIDE_REASON_LENGTH = 500;
/** Most people one comment mentions. */
export const MAX_MENTIONS = 50;
/** One's own comment may be deleted this long after it was written; later, moderators hide. */
export const DELETE_WINDOW_MINUTES = 15;
/** A relative position's base64 is a few dozen characters; anything longer is not one. */
const MAX_POSITION_LENGTH = 1_000;

/**
 * The body as stored: plain text, never interpreted (clients render it as text, so hostile
 * HTML or Markdown stays inert), with line breaks normalised and outer blank space trimmed.
 * Refusals change nothing: COMMENT_TOO_LONG, VALIDATION for an empty body.
 */
export function checkedBody(body: string, field = 'body'): string {
  if (body.length > MAX_COMMENT_LENGTH) {
    throw new AppError(
      ErrorCode.COMMENT_TOO_LONG,
      `A comment holds at most ${MAX_COMMENT_LENGTH.toLocaleString('en')} characters.`,
      { field, details: { limitCharacters: MAX_COMMENT_LENGTH } },
    );
  }
  // NUL cannot be stored in PostgreSQL text; other control characters but tab and newline go.
  // eslint-disable-next-line no-control-regex
  const text = body.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
  const trimmed = text.trim();
  if (trimmed.length === 0) throw AppError.validation(field, 'Write something first.');
  return trimmed;
}

export function checkedReason(reason: string): string {
  const trimmed = reason.trim();
  if (trimmed.length === 0) throw AppError.validation('reason', 'Say why the comment is hidden.');
  if (trimmed.length > MAX_HIDE_REASON_LENGTH) {
    throw AppError.validation(
      'reason',
      `The reason holds at most ${MAX_HIDE_REASON_LENGTH} characters.`,
    );
  }
  return trimmed;
}

const RGI_EMOJI = new RegExp('^\\p{RGI_Emoji}$', 'v');
const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** One emoji as Unicode lists them (one grapheme: a flag, a family, a hand with its tone). */
export function checkedEmoji(emoji: string): string {
  const value = emoji.trim();
  const graphemes = value.length > 0 && value.length <= 32 ? [...segmenter.segment(value)] : [];
  if (graphemes.length !== 1 || !RGI_EMOJI.test(value)) {
    throw AppError.validation('emoji', 'A reaction is one emoji.');
  }
  return value;
}

/** The mention ids, unique; more than {@link MAX_MENTIONS} is refused. */
export function checkedMentions(ids: readonly string[] | null | undefined): string[] {
  const unique = [...new Set(ids ?? [])];
  if (unique.length > MAX_MENTIONS) {
    throw AppError.validation('mentions', `A comment mentions at most ${MAX_MENTIONS} people.`);
  }
  return unique;
}

/** The anchor's columns, as stored. */
export interface AnchorColumns {
  anchorKind: AnchorKind;
  anchorField: string | null;
  anchorStart: string | null;
  anchorEnd: string | null;
  anchorQuote: string | null;
  anchorRowId: string | null;
  anchorPeriod: string | null;
  anchorNetwork: string | null;
}

const KINDS_BY_DOCUMENT: Record<string, readonly AnchorKind[]> = {
  strategy: ['text'],
  media_plan: ['cell', 'row'],
  post: ['text', 'post', 'variant'],
};

/**
 * Checks an anchor against its kind and the document's kind: TEXT needs both relative
 * positions (decodable) and a quote of 1–500 characters (a strategy's range has no field; a
 * post's names `body`, `firstComment` or a network), CELL a row and a period, ROW a row,
 * VARIANT a network. Only the fields of its kind are kept. VALIDATION names the bad field.
 */
export function checkedAnchor(input: CommentAnchorInput, documentKind: string): AnchorColumns {
  const kind = input.kind as AnchorKind;
  if (!(KINDS_BY_DOCUMENT[documentKind] ?? []).includes(kind)) {
    throw AppError.validation(
      'anchor.kind',
      `A comment on this document cannot be attached to a ${String(input.kind).toUpperCase()}.`,
    );
  }
  const columns: AnchorColumns = {
    anchorKind: kind,
    anchorField: null,
    anchorStart: null,
    anchorEnd: null,
    anchorQuote: null,
    anchorRowId: null,
    anchorPeriod: null,
    anchorNetwork: null,
  };
  switch (kind) {
    case 'text': {
      columns.anchorStart = position(input.start, 'anchor.start');
      columns.anchorEnd = position(input.end, 'anchor.end');
      const quote = input.quote ?? '';
      if (quote.trim().length === 0 || quote.length > MAX_QUOTE_LENGTH) {
        throw AppError.validation(
          'anchor.quote',
          `A text comment quotes 1 to ${MAX_QUOTE_LENGTH} characters.`,
        );
      }
      columns.anchorQuote = quote;
      if (documentKind === 'post') {
        const field = input.field ?? POST_BODY;
        const fields: readonly string[] = [POST_BODY, POST_FIRST_COMMENT, ...NETWORK_IDS];
        if (!fields.includes(field)) {
          throw AppError.validation(
            'anchor.field',
            'Name the text: body, firstComment or a network.',
          );
        }
        columns.anchorField = field;
      } else if (input.field) {
        throw AppError.validation('anchor.field', 'A strategy has one text: leave the field out.');
      }
      return columns;
    }
    case 'cell':
      columns.anchorRowId = label(input.rowId, 'anchor.rowId', 100);
      columns.anchorPeriod = label(input.period, 'anchor.period', 40);
      return columns;
    case 'row':
      columns.anchorRowId = label(input.rowId, 'anchor.rowId', 100);
      return columns;
    case 'variant': {
      const network = input.network ?? '';
      if (!(NETWORK_IDS as readonly string[]).includes(network)) {
        throw AppError.validation('anchor.network', 'Name one of the networks.');
      }
      columns.anchorNetwork = network;
      return columns;
    }
    case 'post':
      return columns;
  }
}

/** A relative position as base64 that Yjs can decode. */
function position(value: string | null | undefined, field: string): string {
  const text = value?.trim() ?? '';
  if (text.length === 0 || text.length > MAX_POSITION_LENGTH || !/^[A-Za-z0-9+/]+=*$/.test(text)) {
    throw AppError.validation(field, 'A text comment needs both ends of its range.');
  }
  try {
    Y.decodeRelativePosition(Buffer.from(text, 'base64'));
  } catch {
    throw AppError.validation(field, 'This is not a position in the text.');
  }
  return text;
}

function label(value: string | null | undefined, field: string, max: number): string {
  const text = value?.trim() ?? '';
  if (text.length === 0 || text.length > max) {
    throw AppError.validation(field, 'Name the row and, for a cell, the period.');
  }
  return text;
}
