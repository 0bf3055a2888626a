import type { NetworkId } from './networks.js';

/** What a tagged link says about where a click came from. */
export interface UtmTags {
  /** utm_source: the network the post goes to. */
  readonly network: NetworkId;
  /** utm_medium, e.g. "social" or "paid_social" (the brand's default); left out when empty. */
  readonly medium?: string;
  /** utm_campaign, e.g. the media-plan row's campaign; left out when empty. */
  readonly campaign?: string;
  /** utm_content: the post, so each post's clicks are told apart. */
  readonly postId: string;
}

export type UtmProblem = 'invalid_url' | 'unsupported_protocol';

export type UtmResult =
  | { readonly ok: true; readonly url: string }
  | { readonly ok: false; readonly problem: UtmProblem };

/**
 * The link with the post's UTM tags. The link's own query parameters and fragment stay as
 * they were; UTM tags already on it are replaced by the post's (one value each). Anything
 * but an absolute http(s) address is refused rather than tagged: a `javascript:` or
 * `mailto:` link gains nothing from tags and must not come out looking like a web link.
 */
export function buildUtmLink(link: string, tags: UtmTags): UtmResult {
  let url: URL;
  try {
    url = new URL(link.trim());
  } catch {
    return { ok: false, problem: 'invalid_url' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { ok: false, problem: 'unsupported_protocol' };
  }
  const values: Array<[string, string | undefined]> = [
    ['utm_source', tags.network],
    ['utm_medium', tags.medium],
    ['utm_campaign', tags.campaign],
    ['utm_content', tags.postId],
  ];
  for (const [name, value] of values) {
    const trimmed = value?.trim();
    if (trimmed) url.searchParams.set(name, trimmed);
    else url.searchParams.delete(name);
  }
  return { ok: true, url: url.toString() };
}

/** Longest utm_campaign made from a media-plan row, in characters. */
export const MAX_CAMPAIGN_LENGTH = 100;

const LINK = /\b(?:https?:\/\/|www\.)[^\s<>"]+/giu;
/** Prose punctuation that ends a sentence after a link rather than belonging to it. */
const TRAILING = /[.,;:!?…)\]}»”’'"،؛؟。]+$/u;

/**
 * The web links of a text, each once, in order of appearance: `http(s)://…` and `www.…`
 * (which gains `https://`), without the punctuation that closes the sentence after them —
 * except a closing bracket the link itself opened (Wikipedia-style addresses).
 */
export function findLinks(text: string): string[] {
  const links: string[] = [];
  for (const match of text.matchAll(LINK)) {
    let link = match[0].replace(TRAILING, '');
    // Give back one ")" when the link has an unclosed "(" of its own.
    if (match[0].slice(link.length).startsWith(')') && count(link, '(') > count(link, ')')) {
      link = `${link})`;
    }
    if (/^www\./iu.test(link)) link = `https://${link}`;
    if (link.length > 'https://'.length && !links.includes(link)) links.push(link);
  }
  return links;
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}

/**
 * A utm_campaign value from a media-plan row's activity ("Spring launch — reels" →
 * "spring_launch_reels"): lower case, letters and digits of any script kept, every other
 * run of characters one "_", at most {@link MAX_CAMPAIGN_LENGTH} characters.
 */
export function campaignSlug(text: string): string {
  return text
    .normalize('NFC')
    .toLocaleLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '_')
    .replace(/^_+|_+$/gu, '')
    .slice(0, MAX_CAMPAIGN_LENGTH)
    .replace(/_+$/u, '');
}
