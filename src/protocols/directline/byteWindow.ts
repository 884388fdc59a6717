// Bytes allowed per sliding window (a local Direct Line conversation's share of what its client may
// post per minute: conversations.ts), counted in a few fixed buckets so its
// memory is constant however many posts it sees. A refusal says when enough bytes leave the window
// for the request to fit: the end of the bucket that frees them, which is exactly when this window
// lets the same request through.

export type Verdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

const BUCKETS = 6;

export class ByteWindow {
  private readonly bucketMs: number;
  /** Bucket start times and the bytes taken in each, oldest first. */
  private readonly buckets: { start: number; bytes: number }[] = [];

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {
    this.bucketMs = Math.max(1, Math.ceil(windowMs / BUCKETS));
  }

  /** Takes `bytes` if the window has room for them at `now`; otherwise says how long until it has. */
  take(bytes: number, now: number): Verdict {
    while (this.buckets.length > 0 && this.buckets[0]!.start + this.windowMs <= now) this.buckets.shift();
    let used = this.buckets.reduce((sum, b) => sum + b.bytes, 0);
    if (used + bytes > this.limit) {
      // Look for the first bucket whose leaving makes room; beyond the limit alone, never.
      for (const bucket of this.buckets) {
        used -= bucket.bytes;
        if (used + bytes <= this.limit) return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((bucket.start + this.windowMs - now) / 1000)) };
      }
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(this.windowMs / 1000)) };
    }
    const start = now - (now % this.bucketMs);
    const last = this.buckets[this.buckets.length - 1];
    if (last && last.start === start) last.bytes += bytes;
    else this.buckets.push({ start, bytes });
    return { allowed: true };
  }
}
