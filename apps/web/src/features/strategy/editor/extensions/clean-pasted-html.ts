import { isSafeLink } from './safe-link';

/** Elements dropped with everything inside them: code, embedded media, form controls, metadata. */
const DROPPED = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'img',
  'picture',
  'source',
  'video',
  'audio',
  'track',
  'canvas',
  'svg',
  'math',
  'map',
  'area',
  'form',
  'input',
  'button',
  'select',
  'textarea',
  'link',
  'meta',
  'base',
  'title',
  'head',
  'xml',
  'v:shape',
  'v:imagedata',
  'w:sdt',
]);

/** Attributes kept, per element (`*` for all); every other attribute is removed. */
const KEPT_ATTRIBUTES: Record<string, readonly string[]> = {
  '*': ['style'],
  a: ['href'],
  ol: ['start'],
  td: ['colspan', 'rowspan'],
  th: ['colspan', 'rowspan'],
};

/** The inline styles ProseMirror turns into marks; every other declaration is removed. */
const KEPT_STYLES = new Set([
  'font-weight',
  'font-style',
  'text-decoration',
  'text-decoration-line',
]);

/** `mso-list:l0 level2 lfo1` — a Word list paragraph, its list and its nesting level. */
const MSO_LIST = /mso-list:\s*l(\d+)\s+level(\d+)/i;
/** Word's own bullet or number in front of a list paragraph ("·", "1.", "a)"). */
const MSO_LIST_MARKER = /mso-list:\s*ignore/i;
const ORDERED_MARKER = /^\s*(?:\d+|[ivxlcdm]+|[a-z])[.)]/i;

function styleOf(element: Element): string {
  return element.getAttribute('style') ?? '';
}

/** Only the declarations that mean bold, italic, underline or strike. */
function keptStyle(style: string): string {
  return style
    .split(';')
    .map((declaration) => declaration.trim())
    .filter((declaration) => {
      const name = declaration.split(':')[0]?.trim().toLowerCase() ?? '';
      return KEPT_STYLES.has(name);
    })
    .join('; ');
}

function unwrap(element: Element): void {
  element.replaceWith(...Array.from(element.childNodes));
}

/** Replaces each run of Word list paragraphs by real, nested <ul>/<ol> lists. */
function convertWordLists(root: Element): void {
  const listParagraphs = Array.from(root.querySelectorAll('p')).filter((p) =>
    MSO_LIST.test(styleOf(p)),
  );
  const done = new Set<Element>();
  for (const first of listParagraphs) {
    if (done.has(first)) continue;
    // The run: this paragraph and the list paragraphs right after it (blank text between).
    const run: Element[] = [first];
    let next = first.nextSibling;
    while (next) {
      if (next.nodeType === 3 && !next.textContent?.trim()) {
        next = next.nextSibling;
        continue;
      }
      if (next instanceof Element && next.tagName === 'P' && MSO_LIST.test(styleOf(next))) {
        run.push(next);
        next = next.nextSibling;
        continue;
      }
      break;
    }
    run.forEach((p) => done.add(p));

    const document = first.ownerDocument;
    const fragment = document.createDocumentFragment();
    const stack: Array<{ level: number; list: Element; id: string; ordered: boolean }> = [];
    for (const paragraph of run) {
      const [, id = '', levelText = '1'] = MSO_LIST.exec(styleOf(paragraph)) ?? [];
      const level = Number(levelText);
      const markers = Array.from(paragraph.querySelectorAll('span')).filter((span) =>
        MSO_LIST_MARKER.test(styleOf(span)),
      );
      const ordered = markers.some((span) => ORDERED_MARKER.test(span.textContent ?? ''));
      markers.forEach((span) => span.remove());

      while (stack.length > 0 && (stack[stack.length - 1]?.level ?? 0) > level) stack.pop();
      let top = stack[stack.length - 1];
      // Another Word list (or a bullet list turning numbered) right after: a list of its own.
      if (top && top.level === level && (top.id !== id || top.ordered !== ordered)) {
        stack.pop();
        top = stack[stack.length - 1];
      }
      if (!top || top.level < level) {
        const list = document.createElement(ordered ? 'ol' : 'ul');
        const parentItem = top?.list.lastElementChild;
        if (parentItem) parentItem.appendChild(list);
        else fragment.appendChild(list);
        top = { level, list, id, ordered };
        stack.push(top);
      }
      const item = document.createElement('li');
      const content = document.createElement('p');
      content.append(...Array.from(paragraph.childNodes));
      item.appendChild(content);
      top.list.appendChild(item);
    }
    first.before(fragment);
    run.forEach((p) => p.remove());
  }
}

function cleanElement(element: Element): void {
  const tag = element.tagName.toLowerCase();
  const kept = [...(KEPT_ATTRIBUTES['*'] ?? []), ...(KEPT_ATTRIBUTES[tag] ?? [])];
  for (const attribute of Array.from(element.attributes)) {
    const name = attribute.name.toLowerCase();
    // Our own typed blocks, copied from another strategy, carry their fields as data-*.
    if (name.startsWith('data-') && !name.startsWith('data-pm-')) continue;
    if (!kept.includes(name)) element.removeAttribute(attribute.name);
  }
  if (element.hasAttribute('style')) {
    const style = keptStyle(styleOf(element));
    if (style) element.setAttribute('style', style);
    else element.removeAttribute('style');
  }
  if (tag === 'a' && !isSafeLink(element.getAttribute('href'))) element.removeAttribute('href');
}

/**
 * Cleans HTML from the clipboard before ProseMirror reads it through the schema: Word list
 * paragraphs become real lists; Word's bullets, `<o:p>`, comments, scripts, styles, images
 * and embedded objects go; every attribute goes except links' `href` (http, https, mailto),
 * table spans, a list's start, the `data-*` of our typed blocks, and the inline styles that
 * mean bold, italic, underline and strike (Google Docs marks text with those only).
 */
export function cleanPastedHtml(html: string): string {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  const body = parsed.body;

  // Comments (Word's conditional ones too) hold nothing to keep.
  const walker = parsed.createTreeWalker(body, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  comments.forEach((comment) => comment.parentNode?.removeChild(comment));

  convertWordLists(body);

  for (const element of Array.from(body.querySelectorAll('*'))) {
    if (!element.isConnected) continue;
    const tag = element.tagName.toLowerCase();
    if (DROPPED.has(tag) || MSO_LIST_MARKER.test(styleOf(element))) {
      element.remove();
      continue;
    }
    // Office namespaces (<o:p>, <w:…>, <st1:…>): keep the text, drop the element.
    if (tag.includes(':')) {
      unwrap(element);
      continue;
    }
    cleanElement(element);
  }
  return body.innerHTML;
}

/** True when the HTML holds images (they are left out: strategies have no image node yet). */
export function hasImages(html: string): boolean {
  return /<img[\s/>]|<v:imagedata[\s/>]|<svg[\s>]|<picture[\s>]/i.test(html);
}
