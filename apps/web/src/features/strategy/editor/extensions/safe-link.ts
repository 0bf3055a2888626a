/** Schemes a link may use; everything else (javascript:, data:, vbscript:, file: …) is refused. */
const SAFE_LINK = /^(?:https?:\/\/[^\s/?#]+|mailto:[^\s]+)/i;

/**
 * The address without the characters browsers ignore inside a URL scheme (controls,
 * whitespace, zero-width marks: "java\tscript:"), for checking its scheme.
 */
function compact(url: string): string {
  return Array.from(url)
    .filter((char) => {
      const code = char.charCodeAt(0);
      return code > 0x20 && (code < 0x7f || code > 0x9f) && !/[\s\u200b-\u200f\ufeff]/u.test(char);
    })
    .join('');
}

/** Longest link address kept. */
export const MAX_LINK_LENGTH = 2048;

/** True for an absolute http(s) or mailto address; false for anything that could run code. */
export function isSafeLink(url: string | null | undefined): boolean {
  if (!url) return false;
  const address = compact(url);
  return address.length <= MAX_LINK_LENGTH && SAFE_LINK.test(address);
}

/**
 * What someone typed into the link field, as an address: trimmed, `https://` added to a bare
 * domain ("example.com/page"), `mailto:` to an email address. Null when it is not a safe link.
 */
export function normalizeLink(input: string): string | null {
  const value = input.trim();
  if (!value) return null;
  let url = value;
  if (/^[^\s@/:]+@[^\s@/:]+\.[^\s@/:]+$/.test(value)) url = `mailto:${value}`;
  else if (!/^[a-z][a-z0-9+.-]*:/i.test(value) && /^[^\s/]+\.[^\s/]+/.test(value)) {
    url = `https://${value}`;
  }
  return isSafeLink(url) ? url : null;
}

/**
 * StarterKit's link options: http, https and mailto only (linkify knows these schemes
 * already; registering them again only makes it complain), checked when pasted, typed,
 * parsed and rendered; not opened by a click while editing. Pasted HTML reaches the link
 * with its `href` only (see clean-pasted-html.ts), target and rel are fixed.
 */
export const safeLinkOptions = {
  openOnClick: false,
  autolink: true,
  linkOnPaste: true,
  defaultProtocol: 'https',
  HTMLAttributes: { target: '_blank', rel: 'noopener noreferrer nofollow', class: null },
  isAllowedUri: (url: string) => isSafeLink(url),
  shouldAutoLink: (url: string) =>
    isSafeLink(/^[a-z][a-z0-9+.-]*:/i.test(url) ? url : `https://${url}`),
};
