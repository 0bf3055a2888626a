import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLoader } from '../../ui';
import {
  useKindComments,
  type DocumentKindParts,
  type KindEditorProps,
  type KindPreviewProps,
} from '../documents';
import { StrategyCreateFields, strategyCreateFields } from './components/StrategyCreateFields';
import { StrategyExportMenu } from './components/StrategyExportMenu';
import { strategyComparableText } from './versions';

// The rich-text editor (TipTap, ProseMirror) is its own chunk, loaded with the first strategy.
const StrategyEditor = lazy(() => import('./editor/StrategyEditor'));

function StrategyDocumentEditor(props: KindEditorProps) {
  const { t } = useTranslation();
  const { document, doc, awareness, editable, guest = null } = props;
  const comments = useKindComments(props);
  return (
    <Suspense fallback={<PageLoader label={t('app.loading')} />}>
      <StrategyEditor
        doc={doc}
        awareness={awareness}
        editable={editable}
        language={document.language ?? undefined}
        // Live documents only: a version preview (no presence) is not checked, nor a guest's.
        tone={awareness && !guest ? { brandId: document.brandId, documentId: document.id } : null}
        comments={comments}
      />
    </Suspense>
  );
}

function StrategyPreview({ document, doc }: KindPreviewProps) {
  return <StrategyDocumentEditor document={document} doc={doc} awareness={null} editable={false} />;
}

/** What a strategy brings to the documents feature once one is opened or created. */
export const strategyParts: DocumentKindParts = {
  Editor: StrategyDocumentEditor,
  Preview: StrategyPreview,
  comparableText: strategyComparableText,
  Actions: ({ document }) => <StrategyExportMenu documentId={document.id} />,
  create: strategyCreateFields,
};

export { StrategyCreateFields };
