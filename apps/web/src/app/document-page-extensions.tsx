import { lazy, Suspense } from 'react';
import {
  registerDocumentPageExtensions,
  type DocumentPageExtension,
  type DocumentPageExtensionProps,
} from '../features/documents/kinds';

// Each extension is its own chunk, loaded with the first document page.
const ApprovalHeaderAction = lazy(() =>
  import('../features/approvals').then((m) => ({ default: m.ApprovalHeaderAction })),
);
const ApprovalBanner = lazy(() =>
  import('../features/approvals').then((m) => ({ default: m.ApprovalBanner })),
);
// Straight from its file: the sharing feature's index is for the pages this one is part of.
const ShareDocumentAction = lazy(() =>
  import('../features/sharing/components/ShareDocumentAction').then((m) => ({
    default: m.ShareDocumentAction,
  })),
);

// Straight from its file: the KPI feature's index brings the Results page and its charts.
const StrategyCorrections = lazy(() =>
  import('../features/kpis/components/StrategyCorrections').then((m) => ({
    default: m.StrategyCorrections,
  })),
);

const PostResultsStrip = lazy(() =>
  import('../features/kpis/components/PostResultsStrip').then((m) => ({
    default: m.PostResultsStrip,
  })),
);

/**
 * What other features add to every document page, in order. The one place that names them:
 * the documents feature shows whatever is registered here and names none of them.
 */
export const documentPageExtensions: readonly DocumentPageExtension[] = [
  {
    name: 'approvals',
    // A missing button while its code loads is better than the whole page waiting for it.
    HeaderAction: (props: DocumentPageExtensionProps) => (
      <Suspense fallback={null}>
        <ApprovalHeaderAction {...props} />
      </Suspense>
    ),
    Banner: (props: DocumentPageExtensionProps) => (
      <Suspense fallback={null}>
        <ApprovalBanner {...props} />
      </Suspense>
    ),
  },
  {
    name: 'sharing',
    // "Share": a link for a client, for people who manage the brand's links.
    HeaderAction: (props: DocumentPageExtensionProps) => (
      <Suspense fallback={null}>
        <ShareDocumentAction {...props} />
      </Suspense>
    ),
  },
  {
    name: 'kpi-corrections',
    // On a strategy: the corrections the results led to, each with a jump to its section.
    Banner: (props: DocumentPageExtensionProps) =>
      props.document.kind === 'STRATEGY' ? (
        <Suspense fallback={null}>
          <StrategyCorrections {...props} />
        </Suspense>
      ) : null,
  },
  {
    name: 'kpi-post-results',
    // On a post: its imported results (engagements, reach, engagement rates) per network.
    Banner: (props: DocumentPageExtensionProps) =>
      props.document.kind === 'POST' ? (
        <Suspense fallback={null}>
          <PostResultsStrip {...props} />
        </Suspense>
      ) : null,
  },
];

registerDocumentPageExtensions(documentPageExtensions);
