/**
 * "Latest request wins", on both sides of the model worker.
 *
 * In the page, every request on a channel gets a fresh id and becomes the channel's
 * latest; an answer is accepted only if it is for the latest id, so an answer that
 * arrives after a newer request was made (a stale one) is dropped and never drawn.
 *
 * In the worker, requests wait in a queue that holds at most one per channel: a new
 * request replaces the one waiting on its channel, so a burst of keystrokes costs one
 * forward pass for the last of them, not one per keystroke.
 */

export class LatestRequests {
  private nextId = 1;
  private readonly latest = new Map<number, number>();

  /** Starts a request on `channel`; returns its id, now the channel's latest. */
  begin(channel: number): number {
    const id = this.nextId++;
    this.latest.set(channel, id);
    return id;
  }

  /** Whether an answer for request `id` on `channel` may be used (it is the latest, and the channel is open). */
  accept(channel: number, id: number): boolean {
    return this.latest.get(channel) === id;
  }

  /** Forgets a channel: every answer still on its way for it will be dropped. */
  close(channel: number): void {
    this.latest.delete(channel);
  }
}

/** A queue of waiting requests with at most one per channel, served oldest channel first. */
export class LatestPerChannel<T extends { channel: number }> {
  private readonly waiting = new Map<number, T>();

  /** Adds a request; returns the one it replaced on the same channel, if any. */
  put(request: T): T | undefined {
    const replaced = this.waiting.get(request.channel);
    // delete first, so a replaced request's channel moves to the back of the line
    this.waiting.delete(request.channel);
    this.waiting.set(request.channel, request);
    return replaced;
  }

  /** Takes the request that has waited longest, or undefined when none waits. */
  take(): T | undefined {
    const first = this.waiting.entries().next();
    if (first.done) return undefined;
    this.waiting.delete(first.value[0]);
    return first.value[1];
  }

  /** Whether a request waits on `channel`. */
  has(channel: number): boolean {
    return this.waiting.has(channel);
  }

  get size(): number {
    return this.waiting.size;
  }
}
