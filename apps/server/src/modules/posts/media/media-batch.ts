/**
 * Collects the post ids whose files one GraphQL request asks for (a calendar of hundreds of
 * posts selecting `media`) and reads them in one statement: loads asked for within the same
 * turn of the event loop share one `read`. Made per request; holds nothing after it.
 */
export class MediaBatch<T extends { postId: string }> {
  private pending = new Map<
    string,
    Array<{ resolve: (rows: T[]) => void; reject: (error: unknown) => void }>
  >();

  constructor(private readonly read: (postIds: string[]) => Promise<T[]>) {}

  load(postId: string): Promise<T[]> {
    return new Promise((resolve, reject) => {
      if (this.pending.size === 0) setImmediate(() => void this.dispatch());
      const waiting = this.pending.get(postId) ?? [];
      waiting.push({ resolve, reject });
      this.pending.set(postId, waiting);
    });
  }

  private async dispatch(): Promise<void> {
    const batch = this.pending;
    this.pending = new Map();
    try {
      const byPost = new Map<string, T[]>();
      for (const row of await this.read([...batch.keys()])) {
        const own = byPost.get(row.postId);
        if (own) own.push(row);
        else byPost.set(row.postId, [row]);
      }
      for (const [postId, waiting] of batch) {
        for (const { resolve } of waiting) resolve(byPost.get(postId) ?? []);
      }
    } catch (error) {
      for (const waiting of batch.values()) for (const { reject } of waiting) reject(error);
    }
  }
}
