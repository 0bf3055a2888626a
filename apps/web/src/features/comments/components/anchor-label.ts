import type { TFunction } from 'i18next';
import type { ResolvedAnchor } from '../anchors/anchor-range';
import type { CommentAnchorView } from '../model';
import type { CommentsContextValue } from './comments-context';

/** How long a quote is shown in a thread's heading. */
const QUOTE_SHOWN = 80;

function cut(quote: string): string {
  return quote.length > QUOTE_SHOWN ? `${quote.slice(0, QUOTE_SHOWN)}…` : quote;
}

/** Where a thread is, in words: the quoted text (or "on deleted text"), a cell, a row, the post. */
export function anchorLabel(
  t: TFunction,
  anchor: CommentAnchorView,
  resolved: ResolvedAnchor | undefined,
  describe: CommentsContextValue['describe'],
): string {
  const row = (id: string | null | undefined) => (id ? (describe?.row?.(id) ?? id) : '');
  switch (anchor.kind) {
    case 'TEXT': {
      const quote = cut(anchor.quote ?? '');
      return resolved?.state === 'deleted'
        ? t('comments.anchor.deleted', { quote })
        : t('comments.anchor.text', { quote });
    }
    case 'CELL':
      return t('comments.anchor.cell', {
        row: row(anchor.rowId),
        period: anchor.period ? (describe?.period?.(anchor.period) ?? anchor.period) : '',
      });
    case 'ROW':
      return t('comments.anchor.row', { row: row(anchor.rowId) });
    case 'POST':
      return t('comments.anchor.post');
    case 'VARIANT':
      return t('comments.anchor.variant', { network: anchor.network ?? '' });
  }
}
