import { CloseCode } from '@chorus/collab-protocol';
import { MockLink } from '@apollo/client/testing';
import { fireEvent, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createApolloClient } from '../../../app/apollo-client';
import { AppProviders } from '../../../app/AppProviders';
import { refusalFromCloseCode, type CollabStatus } from '../../../collaboration';
import type { Capability } from '../../../gql/graphql';
import { initI18n, type LanguageCode } from '../../../i18n';
import { CollabRefusalAlert } from './CollabRefusalAlert';
import { ConnectionStatus } from './ConnectionStatus';

async function renderIn(language: LanguageCode, children: ReactNode) {
  await initI18n({ language });
  return render(
    <AppProviders client={createApolloClient({ link: new MockLink([]) })} env="test">
      {children}
    </AppProviders>,
  );
}

describe('the connection status of a shared document', () => {
  it.each<[CollabStatus, Capability | null, string]>([
    ['connecting', null, 'Connecting…'],
    ['saving', 'EDIT', 'Saving…'],
    ['saved', 'EDIT', 'Saved'],
    ['offline', 'EDIT', 'Offline — your changes are kept on this device'],
    ['offline', 'VIEW', 'Offline — showing the copy kept on this device'],
    ['refused', 'EDIT', 'Not connected'],
  ])('reads "%s" (capability %s) as "%s", announced politely', async (status, capability, text) => {
    await renderIn('en', <ConnectionStatus status={status} capability={capability} />);

    const badge = screen.getByRole('status');
    expect(badge).toHaveTextContent(text);
    expect(badge).toHaveAttribute('aria-live', 'polite');
    expect(badge).toHaveAttribute('data-status', status);
  });

  it.each<[Capability, string[], string]>([
    [
      'COMMENT',
      ['member', 'moderator'],
      'Read only — your role on this brand: Moderator. Ask an owner or admin for editing rights.',
    ],
    [
      'VIEW',
      ['member', 'moderator', 'chief_expert'],
      'Read only — your roles on this brand: Moderator and Chief expert. Ask an owner or admin for editing rights.',
    ],
    ['COMMENT', ['member'], 'Read only. Ask an owner or admin for editing rights.'],
  ])(
    'tells a %s reader holding %p why they only read, and never offers to comment',
    async (capability, roles, text) => {
      await renderIn(
        'en',
        <ConnectionStatus status="readOnly" capability={capability} roles={roles} />,
      );

      const badge = screen.getByRole('status');
      expect(badge).toHaveTextContent(text);
      expect(badge).toHaveAttribute('data-status', 'readOnly');
      expect(badge.textContent).not.toMatch(/comment/i);
    },
  );

  it('names the roles in the reader’s language, joined as a list', async () => {
    await renderIn(
      'uk',
      <ConnectionStatus status="readOnly" capability="COMMENT" roles={['moderator', 'lead']} />,
    );

    const text = screen.getByRole('status').textContent ?? '';
    expect(text).toMatch(/^Лише читання — ваші ролі в цьому бренді: .+ (і|та) .+\./);
    expect(text).not.toContain('moderator');
  });

  it('speaks the reader’s language, right to left in Persian', async () => {
    await renderIn('fa', <ConnectionStatus status="offline" capability="EDIT" />);

    expect(screen.getByRole('status')).toHaveTextContent(
      'آفلاین — تغییرات شما روی همین دستگاه نگه داشته می‌شود',
    );
    expect(document.documentElement.dir).toBe('rtl');
  });
});

describe('why a document was closed', () => {
  it.each([
    [CloseCode.ACCESS_REVOKED, 'Your access to this document was withdrawn.'],
    [CloseCode.DOCUMENT_ARCHIVED, 'This document is archived.'],
    [CloseCode.NOT_FOUND, 'This document does not exist, or you have no access to it.'],
    [CloseCode.FORBIDDEN, "You don't have access to this document."],
    [CloseCode.UNAUTHENTICATED, 'Your session has ended.'],
    [CloseCode.DOCUMENT_TOO_LARGE, 'This document has reached its size limit'],
    [CloseCode.RATE_LIMITED, 'Too many changes were sent too quickly'],
    [CloseCode.MESSAGE_TOO_LARGE, 'A change was too large to send'],
    [CloseCode.MALFORMED_MESSAGE, 'The server could not read what this page sent'],
  ])('explains close code %i in words', async (code, words) => {
    await renderIn(
      'en',
      <CollabRefusalAlert error={{ refusal: refusalFromCloseCode(code), closeCode: code }} />,
    );

    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('This document is closed');
    expect(alert).toHaveTextContent(words);
  });

  it('offers a reload when this page is older than the server’s content schema', async () => {
    let reloads = 0;
    await renderIn(
      'he',
      <CollabRefusalAlert
        error={{ refusal: refusalFromCloseCode(CloseCode.RELOAD_REQUIRED), closeCode: 4426 }}
        reload={() => (reloads += 1)}
      />,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('העורך בדף אינו עדכני');
    fireEvent.click(screen.getByRole('button', { name: 'טעינה מחדש' }));
    expect(reloads).toBe(1);
  });

  it('shows nothing while the document is open', async () => {
    await renderIn('en', <CollabRefusalAlert error={null} />);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
