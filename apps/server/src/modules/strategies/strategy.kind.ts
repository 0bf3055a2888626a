import { randomUUID } from 'node:crypto';
import {
  isStrategyLanguage,
  STRATEGY_FRAGMENT,
  strategyToPlainText,
  writeTemplate,
} from '@chorus/strategy-model';
import * as Y from 'yjs';
import { AppError } from '../../platform/errors/index.js';
import { defineDocumentKind, replaceXmlFragment } from '../documents/index.js';

/** Strategy documents: rich text in one XML fragment, optionally from the 17-section template. */
export const strategyKind = defineDocumentKind({
  kind: 'strategy',
  graphqlName: 'STRATEGY',
  label: 'strategies',
  actions: { read: 'strategy.read', edit: 'strategy.edit', approve: 'strategy.approve' },
  exports: ['markdown', 'html'],
  initialContent({ language, fromTemplate }) {
    if (!fromTemplate) return null;
    const doc = new Y.Doc();
    try {
      writeTemplate(doc, language && isStrategyLanguage(language) ? language : 'en', randomUUID);
      return Y.encodeStateAsUpdate(doc);
    } finally {
      doc.destroy();
    }
  },
  replaceContent(target, source) {
    replaceXmlFragment(target, source, STRATEGY_FRAGMENT);
  },
  plainText(doc) {
    return strategyToPlainText(doc.getXmlFragment(STRATEGY_FRAGMENT));
  },
});

/** VALIDATION unless the document is a strategy. */
export function requireStrategy(kind: string): void {
  if (kind !== strategyKind.kind) {
    throw AppError.validation('documentId', 'This document is not a strategy.');
  }
}
