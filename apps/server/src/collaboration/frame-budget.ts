/**
 * The token buckets one socket spends as its frames arrive: messages (one token a frame)
 * and presence bytes. Created when the socket opens, so frames sent before it is
 * authenticated are counted too. The limits hook fills and spends them (hooks/limits.hook.ts).
 */
export class FrameBudget {
  lastRefill = Date.now();
  presenceRefill = Date.now();

  constructor(
    /** Message tokens; starts full (the burst). */
    public tokens: number,
    /** Presence byte tokens; starts full (the presence burst). */
    public presenceTokens: number,
  ) {}
}
