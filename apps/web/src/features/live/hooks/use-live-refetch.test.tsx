import { ApolloProvider } from '@apollo/client/react';
import { MockLink } from '@apollo/client/testing';
import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createApolloClient } from '../../../app/apollo-client';
import { FakeEventSource, installFakeEventSource } from '../../../../test/fake-event-source';
import { useRefetchOnLiveEvents } from './use-live-refetch';

const latest = (): FakeEventSource => FakeEventSource.all.at(-1)!;

function event(type: string, id: string) {
  return {
    id,
    type,
    workspaceId: 'w',
    brandId: 'b1',
    documentId: null,
    subjectType: 'post',
    subjectId: 'p',
    actorId: null,
    occurredAt: '2026-12-06T03:00:00Z',
  };
}

beforeEach(() => {
  installFakeEventSource();
  jest.useFakeTimers();
});

afterEach(() => {
  jest.useRealTimers();
});

describe('useRefetchOnLiveEvents', () => {
  it('refetches the named queries once per burst of accepted events, and after a reconnect', () => {
    const client = createApolloClient({ link: new MockLink([]) });
    const refetch = jest
      .spyOn(client, 'refetchQueries')
      .mockImplementation(
        () => Promise.resolve([]) as unknown as ReturnType<typeof client.refetchQueries>,
      );
    const wrapper = ({ children }: { children: ReactNode }) => (
      <ApolloProvider client={client}>{children}</ApolloProvider>
    );
    renderHook(
      () => useRefetchOnLiveEvents('b1', ['CalendarPosts'], (e) => e.type.startsWith('post.')),
      { wrapper },
    );
    act(() => latest().open());

    act(() => {
      latest().message('chorus', event('post.moved', 'e1'));
      latest().message('chorus', event('post.updated', 'e2'));
      latest().message('chorus', event('document.renamed', 'e3'));
    });
    expect(refetch).not.toHaveBeenCalled();
    act(() => jest.advanceTimersByTime(200));
    expect(refetch).toHaveBeenCalledTimes(1);
    expect(refetch).toHaveBeenCalledWith({ include: ['CalendarPosts'] });

    act(() => latest().message('chorus', event('document.renamed', 'e4')));
    act(() => jest.advanceTimersByTime(200));
    expect(refetch).toHaveBeenCalledTimes(1);

    act(() => latest().fail());
    act(() => jest.advanceTimersByTime(1_000));
    act(() => latest().open());
    act(() => jest.advanceTimersByTime(200));
    expect(refetch).toHaveBeenCalledTimes(2);
  });
});
