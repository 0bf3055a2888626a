/**
 * An async iterator fed by a listener (pub/sub → GraphQL subscription): values wait in
 * order; `return()` (the client unsubscribed or the socket closed) stops listening.
 * Values that arrive faster than they are read are dropped past `maxQueued` (an unread
 * count only needs the latest).
 */
export function iterateSignals<T>(
  listen: (push: (value: Promise<T | null>) => void) => () => void,
  maxQueued = 50,
): AsyncIterableIterator<T> {
  const queue: Array<Promise<T | null>> = [];
  let waiting: ((result: IteratorResult<T>) => void) | null = null;
  let done = false;

  let draining = false;

  // One drain at a time, so values keep their order and none is lost between two waiters.
  const drain = async (): Promise<void> => {
    if (draining) return;
    draining = true;
    try {
      while (waiting && queue.length > 0) {
        const value = await queue.shift()!.catch(() => null);
        if (value === null || !waiting) continue;
        const resolve = waiting;
        waiting = null;
        resolve({ value, done: false });
      }
    } finally {
      draining = false;
    }
  };
  const stop = listen((value) => {
    if (done) return;
    if (queue.length >= maxQueued) void queue.shift();
    queue.push(value);
    void drain();
  });
  const finish = (): Promise<IteratorResult<T>> => {
    if (!done) {
      done = true;
      stop();
      queue.length = 0;
      waiting?.({ value: undefined, done: true });
      waiting = null;
    }
    return Promise.resolve({ value: undefined, done: true });
  };

  return {
    next: () => {
      if (done) return Promise.resolve({ value: undefined, done: true });
      return new Promise<IteratorResult<T>>((resolve) => {
        waiting = resolve;
        void drain();
      });
    },
    return: finish,
    throw: async (error: unknown) => {
      await finish();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
