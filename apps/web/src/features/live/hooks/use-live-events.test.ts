import { act, renderHook } from '@testing-library/react';
import { FakeEventSource, installFakeEventSource } from '../../../../test/fake-event-source';
import type { LiveEvent } from '../live-event';
import { useLiveEvents } from './use-live-events';

const latest = (): FakeEventSource => FakeEventSource.all.at(-1)!;

function liveEvent(overrides: Partial<LiveEvent> = {}): LiveEvent {
  return {
    id: 'e1',
    type: 'post.moved',
    workspaceId: 'w1',
    brandId: 'b1',
    documentId: 'p1',
    subjectType: 'post',
    subjectId: 'p1',
    actorId: 'u1',
    occurredAt: '2026-12-06T03:00:00.000Z',
    ...overrides,
  };
}

beforeEach(() => {
  installFakeEventSource();
  jest.useFakeTimers();
});

afterEach(() => {
  jest.useRealTimers();
});

describe('useLiveEvents', () => {
  it("opens the brand's stream with the session cookie and hands each event to the latest callback", () => {
    const first = jest.fn();
    const second = jest.fn();
    const { rerender } = renderHook(({ onEvent }) => useLiveEvents('b1', onEvent), {
      initialProps: { onEvent: first },
    });
    expect(FakeEventSource.all).toHaveLength(1);
    expect(latest().url).toBe('/api/live/brands/b1');
    expect(latest().init).toEqual({ withCredentials: true });

    act(() => latest().open());
    act(() => latest().message('chorus', liveEvent()));
    expect(first).toHaveBeenCalledWith(liveEvent());

    rerender({ onEvent: second });
    act(() => latest().message('chorus', liveEvent({ id: 'e2' })));
    expect(second).toHaveBeenCalledWith(liveEvent({ id: 'e2' }));
    expect(first).toHaveBeenCalledTimes(1);
    // Still one stream: a new callback does not reconnect.
    expect(FakeEventSource.all).toHaveLength(1);
  });

  it('opens nothing without a brand, and closes the stream on unmount or when the brand changes', () => {
    const { rerender, unmount } = renderHook(
      ({ brandId }: { brandId: string | undefined }) => useLiveEvents(brandId, jest.fn()),
      { initialProps: { brandId: undefined as string | undefined } },
    );
    expect(FakeEventSource.all).toHaveLength(0);

    rerender({ brandId: 'b1' });
    const first = latest();
    rerender({ brandId: 'b2' });
    expect(first.readyState).toBe(FakeEventSource.CLOSED);
    expect(latest().url).toBe('/api/live/brands/b2');

    unmount();
    expect(latest().readyState).toBe(FakeEventSource.CLOSED);
  });

  it('tries again, more slowly each time, after the browser gave up, and says when it is back', () => {
    const onReconnect = jest.fn();
    renderHook(() => useLiveEvents('b1', jest.fn(), { onReconnect }));
    act(() => latest().open());
    expect(onReconnect).not.toHaveBeenCalled();

    act(() => latest().fail());
    expect(FakeEventSource.all).toHaveLength(1);
    act(() => jest.advanceTimersByTime(1_000));
    expect(FakeEventSource.all).toHaveLength(2);

    act(() => latest().fail());
    act(() => jest.advanceTimersByTime(1_000));
    expect(FakeEventSource.all).toHaveLength(2);
    act(() => jest.advanceTimersByTime(1_000));
    expect(FakeEventSource.all).toHaveLength(3);

    act(() => latest().open());
    expect(onReconnect).toHaveBeenCalledTimes(1);

    // The server's own feed was down for a moment: same advice, refetch.
    act(() => latest().message('resync', {}));
    expect(onReconnect).toHaveBeenCalledTimes(2);
  });

  it('stops for good when the server says access was revoked', () => {
    renderHook(() => useLiveEvents('b1', jest.fn()));
    act(() => latest().open());
    act(() => latest().message('end', { reason: 'ACCESS_REVOKED' }));
    expect(latest().readyState).toBe(FakeEventSource.CLOSED);
    act(() => latest().fail());
    act(() => jest.advanceTimersByTime(60_000));
    expect(FakeEventSource.all).toHaveLength(1);
  });

  it('ignores messages that are not events', () => {
    const onEvent = jest.fn();
    renderHook(() => useLiveEvents('b1', onEvent));
    act(() => {
      latest().dispatchEvent(new MessageEvent('chorus', { data: 'not json' }));
    });
    act(() => latest().message('chorus', { hello: 'world' }));
    expect(onEvent).not.toHaveBeenCalled();
  });
});
