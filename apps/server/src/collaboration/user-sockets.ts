/**
 * Sockets per user on this instance, for the per-user cap. A socket is counted from the
 * moment it is admitted until it leaves.
 */
export class UserSockets {
  private readonly counts = new Map<string, number>();

  constructor(public max: number) {}

  /** Counts one more socket for the user; false (and nothing counted) when at the cap. */
  admit(userId: string): boolean {
    const count = this.counts.get(userId) ?? 0;
    if (count >= this.max) return false;
    this.counts.set(userId, count + 1);
    return true;
  }

  release(userId: string): void {
    const count = (this.counts.get(userId) ?? 0) - 1;
    if (count > 0) this.counts.set(userId, count);
    else this.counts.delete(userId);
  }

  count(userId: string): number {
    return this.counts.get(userId) ?? 0;
  }
}
