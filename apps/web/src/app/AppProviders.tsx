import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { DirectionProvider, MantineProvider } from '@mantine/core';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { i18n } from '../i18n';
import { cssVariablesResolver, theme } from './theme';

/**
 * Everything a screen needs around it: translations, text direction, the Mantine theme and
 * the GraphQL client. Tests render with the same providers and a mocked client.
 */
export function AppProviders({
  client,
  children,
  env = 'default',
}: {
  client: ApolloClient;
  children: ReactNode;
  /** `test` turns off Mantine's transitions and portals, so jsdom sees dialogs at once. */
  env?: 'default' | 'test';
}) {
  return (
    <I18nextProvider i18n={i18n}>
      {/* Follows the `dir` attribute that the i18n module sets on <html>. */}
      <DirectionProvider detectDirection>
        <MantineProvider
          theme={theme}
          cssVariablesResolver={cssVariablesResolver}
          defaultColorScheme="light"
          env={env}
        >
          <ApolloProvider client={client}>{children}</ApolloProvider>
        </MantineProvider>
      </DirectionProvider>
    </I18nextProvider>
  );
}
