import { WorkQueue } from './work-queue.js';

function gate(): { promise: Promise<void>; open: () => void } {
  let open!: () => void;
  const promise = new Promise<void>((resolve) => (open = resolve));
  return { promise, open };
}

describe('WorkQueue', () => {
  it('runs at most `concurrent` jobs at once, queues a few more in order and refuses the rest', async () => {
    const queue = new WorkQueue(2, 2);
    const started: number[] = [];
    const gates = Array.from({ length: 5 }, gate);
    const runs = gates.map((g, i) =>
      queue.run(async () => {
        started.push(i);
        await g.promise;
        return i;
      }),
    );
    await expect(runs[4]).rejects.toMatchObject({ code: 'RATE_LIMITED' });
    await Promise.resolve();
    expect(started).toEqual([0, 1]);
    expect(queue.pending).toBe(2);
    gates[0]!.open();
    await runs[0];
    await new Promise((resolve) => setImmediate(resolve));
    expect(started).toEqual([0, 1, 2]);
    for (const g of gates) g.open();
    await expect(Promise.all(runs.slice(0, 4))).resolves.toEqual([0, 1, 2, 3]);
    expect(queue.active).toBe(0);
    expect(queue.pending).toBe(0);
  });

  it('frees its slot when a job fails', async () => {
    const queue = new WorkQueue(1, 0);
    await expect(queue.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(queue.run(() => Promise.resolve('ok'))).resolves.toBe('ok');
  });
});
