import { jest } from '@jest/globals';
import { MediaBatch } from './media-batch.js';

describe('batching the files of many posts', () => {
  it('reads every post asked for in the same turn with one call, each getting its own files', async () => {
    const read = jest.fn((ids: string[]) =>
      Promise.resolve(
        ids.flatMap((postId) => [
          { postId, n: 1 },
          { postId, n: 2 },
        ]),
      ),
    );
    const batch = new MediaBatch(read);
    const [a, b, again] = await Promise.all([batch.load('a'), batch.load('b'), batch.load('a')]);
    expect(read).toHaveBeenCalledTimes(1);
    expect(read).toHaveBeenCalledWith(['a', 'b']);
    expect(a).toEqual([
      { postId: 'a', n: 1 },
      { postId: 'a', n: 2 },
    ]);
    expect(again).toEqual(a);
    expect(b.map((row) => row.postId)).toEqual(['b', 'b']);
    await batch.load('c');
    expect(read).toHaveBeenCalledTimes(2);
  });

  it('answers no files for a post the read returned nothing for', async () => {
    const batch = new MediaBatch((ids: string[]) =>
      Promise.resolve(ids.filter((id) => id !== 'empty').map((postId) => ({ postId }))),
    );
    const [full, empty] = await Promise.all([batch.load('full'), batch.load('empty')]);
    expect(full).toEqual([{ postId: 'full' }]);
    expect(empty).toEqual([]);
  });

  it('passes a failed read to everyone waiting on it', async () => {
    const batch = new MediaBatch(() => Promise.reject(new Error('database gone')));
    await expect(Promise.all([batch.load('a'), batch.load('b')])).rejects.toThrow('database gone');
  });
});
