import { useApolloClient } from '@apollo/client/react';
import { useCallback } from 'react';
import type { StrategyExportFormat } from '../../../gql/graphql';
import { StrategyExportQuery } from '../graphql/strategy-export.graphql';

/**
 * Asks the server for a strategy as a file (Markdown, or a print-ready HTML page). Always
 * the text as it is now: nothing is kept in the cache. `undefined` when no data came.
 */
export function useStrategyExport(documentId: string) {
  const client = useApolloClient();
  return useCallback(
    async (format: StrategyExportFormat) => {
      const { data } = await client.query({
        query: StrategyExportQuery,
        variables: { documentId, format },
        fetchPolicy: 'no-cache',
      });
      return data?.strategyExport;
    },
    [client, documentId],
  );
}
