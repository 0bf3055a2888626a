import { STRATEGY_FRAGMENT, strategyToMarkdown } from '@chorus/strategy-model';
import type * as Y from 'yjs';

/**
 * A strategy's text for comparing versions: its Markdown export, so a comparison reads
 * like the document (headings, lists, goal cards as text) rather than like its XML.
 */
export function strategyComparableText(doc: Y.Doc): string {
  return strategyToMarkdown(doc.getXmlFragment(STRATEGY_FRAGMENT));
}
