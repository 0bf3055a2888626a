import { AppError, ErrorCode } from '../errors/index.js';

/**
 * Control characters (C0 and C1, NUL included): PostgreSQL refuses NUL in text and the
 * others have no place in a name or a short text.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;
/** The same, with line breaks and tabs refused too (names are one line). */
// eslint-disable-next-line no-control-regex
const CONTROL_IN_NAME = /[\u0000-\u001F\u007F-\u009F]/u;

/**
 * Bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): they reorder
 * the text around them ("Trojan Source"), so a name could read differently from what it
 * is. Right-to-left text needs none of them; the marks U+200E/U+200F stay allowed.
 */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;

/**
 * Characters that show nothing on their own: white space, format characters (zero-width
 * space and joiners, marks, the BOM…) and the blank letters some fonts draw as nothing
 * (Hangul fillers, the braille blank). A name made only of these looks empty.
 */
const INVISIBLE = /[\p{White_Space}\p{Cf}\u115F\u1160\u3164\uFFA0\u2800]|\u034F/gu;

/** A broken text rule: `rule` goes to `extensions.rule` so clients can say it in their language. */
export interface TextProblem {
  rule: 'control_characters' | 'bidi_controls';
  message: string;
}

/** The first rule `text` breaks, with a message for the person typing it, or null. */
export function textProblem(text: string, kind: 'name' | 'text'): TextProblem | null {
  if ((kind === 'name' ? CONTROL_IN_NAME : CONTROL).test(text)) {
    return {
      rule: 'control_characters',
      message:
        kind === 'name'
          ? 'Remove the control characters (such as line breaks or NUL) from the name.'
          : 'Remove the control characters (such as NUL) from the text.',
    };
  }
  if (BIDI_CONTROL.test(text)) {
    return {
      rule: 'bidi_controls',
      message:
        'Remove the hidden text-direction characters (U+202A–U+202E, U+2066–U+2069); right-to-left text works without them.',
    };
  }
  return null;
}

function refuse(field: string, rule: string, message: string): AppError {
  return new AppError(ErrorCode.VALIDATION, message, { field, details: { rule } });
}

/** Whether a string shows at least one visible character. */
export function hasVisibleCharacters(text: string): boolean {
  return text.replace(INVISIBLE, '').length > 0;
}

/**
 * Trims a name (of a workspace, team, brand, document, version, or a person's display
 * name) and checks it: 1 to `max` characters, at least one of them visible, no control
 * characters and no bidi overrides or isolates. Throws VALIDATION naming `field`.
 */
export function validName(value: string, field = 'name', max = 100): string {
  const name = value.trim();
  const problem = textProblem(name, 'name');
  if (problem) throw refuse(field, problem.rule, problem.message);
  if (name.length < 1 || [...name].length > max) {
    throw AppError.validation(field, `Enter a name of 1 to ${max} characters.`);
  }
  if (!hasVisibleCharacters(name)) {
    throw refuse(field, 'invisible', 'Enter a name with at least one visible character.');
  }
  return name;
}

/** Trims free text and checks it is at most `max` characters, or throws VALIDATION. */
export function validText(value: string, field: string, max: number): string {
  const text = value.trim();
  const problem = textProblem(text, 'text');
  if (problem) throw refuse(field, problem.rule, problem.message);
  if ([...text].length > max) {
    throw AppError.validation(field, `Use at most ${max} characters.`);
  }
  return text;
}
