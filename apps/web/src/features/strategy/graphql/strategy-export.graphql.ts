import { graphql } from '../../../gql';

/** A strategy as a Markdown file or a standalone print-ready HTML page. */
export const StrategyExportQuery = graphql(`
  query StrategyExport($documentId: ID!, $format: StrategyExportFormat!) {
    strategyExport(documentId: $documentId, format: $format) {
      filename
      contentType
      content
    }
  }
`);
