/** A piece of a comment's body: plain text, or a link that is safe to open. */
export type CommentPiece =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'link'; readonly text: string; readonly href: string }
  | { readonly kind: 'mention'; readonly text: string };

const URL_PATTERN = /\bhttps?:\/\/[^\s<>"'`]+/gi;
/** Punctuation that ends a sentence rather than the address it follows. */
const TRAILING = /[.,;:!?)\]}»”’]+$/;

/**
 * The address a link may open, or null: only http and https (no `javascript:`, `data:`,
 * no credentials), rebuilt by the URL parser so what is opened is what is shown.
 */
export function safeLinkHref(candidate: string): string | null {
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username || url.password) return null;
  return url.href;
}

/**
 * Splits a comment's body into text, links and @mentions. The body is shown as text — never
 * parsed as HTML or Markdown — so `<script>` or `[x](javascript:…)` reads as typed.
 * `mentionNames` are the display names of the people the comment mentions.
 */
export function splitCommentBody(
  body: string,
  mentionNames: readonly string[] = [],
): CommentPiece[] {
  const pieces: CommentPiece[] = [];
  const pushText = (text: string) => {
    if (!text) return;
    pieces.push(...splitMentions(text, mentionNames));
  };
  let last = 0;
  for (const match of body.matchAll(URL_PATTERN)) {
    const start = match.index;
    let raw = match[0];
    const trailing = TRAILING.exec(raw)?.[0] ?? '';
    raw = raw.slice(0, raw.length - trailing.length);
    const href = safeLinkHref(raw);
    if (!href) continue;
    pushText(body.slice(last, start));
    pieces.push({ kind: 'link', text: raw, href });
    last = start + raw.length;
  }
  pushText(body.slice(last));
  return pieces;
}

function splitMentions(text: string, names: readonly string[]): CommentPiece[] {
  const wanted = names.filter(Boolean).map((name) => `@${name}`);
  if (wanted.length === 0) return [{ kind: 'text', text }];
  // Longest first, so "@Ann Lee" wins over "@Ann".
  wanted.sort((a, b) => b.length - a.length);
  const pieces: CommentPiece[] = [];
  let rest = text;
  while (rest) {
    let at = -1;
    let found = '';
    for (const mention of wanted) {
      const index = rest.indexOf(mention);
      if (index >= 0 && (at < 0 || index < at)) {
        at = index;
        found = mention;
      }
    }
    if (at < 0) {
      pieces.push({ kind: 'text', text: rest });
      break;
    }
    if (at > 0) pieces.push({ kind: 'text', text: rest.slice(0, at) });
    pieces.push({ kind: 'mention', text: found });
    rest = rest.slice(at + found.length);
  }
  return pieces;
}

/** The `@query` being typed just before the caret, or null. */
export function mentionQueryAt(
  text: string,
  caret: number,
): { query: string; start: number } | null {
  const before = text.slice(0, caret);
  const match = /(^|\s)@([^\s@]{0,40})$/u.exec(before);
  if (!match) return null;
  return { query: match[2] ?? '', start: caret - (match[2]?.length ?? 0) - 1 };
}

/**
 * Fills a reply template's `{{variable}}` placeholders with the values known here; unknown
 * variables stay as written so the moderator sees what to fill in.
 */
export function fillTemplate(body: string, values: Readonly<Record<string, string>>): string {
  return body.replace(/\{\{\s*([\w.-]+)\s*\}\}/g, (whole, name: string) => values[name] ?? whole);
}
