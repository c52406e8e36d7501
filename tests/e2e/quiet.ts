/**
 * Waiting for a part of the page to stop changing, instead of sleeping a fixed time.
 * `watchQuiet(page)` adds `window.untilQuiet(scope)` to every page the test opens: it
 * resolves once nothing that can still change the scope's layout is under way (no
 * request to the server in flight, no model task waiting for the model worker's answer,
 * no render that React has scheduled and not finished, no loading bar or busy region, no
 * CSS transition or animation running) and the scope's size and the size of every widget
 * in it have read the same on QUIET_FRAMES animation frames in a row. It gives up after
 * 15 s and reports what was still changing, so a test measures what a reader would see
 * once the page is still, however fast or slow the machine, and waits no longer than that.
 * `window.untilDrawn()` waits less: for the next two frames (a key press handled and its
 * first frame drawn) and then until no request or model task is pending; a widget's own
 * animation may still run (its renders are not waited for, as a presenter does not wait).
 */
import type { Page } from '@playwright/test';

/** Over how many animation frames in a row the layout must hold before it counts as still. */
const QUIET_FRAMES = 3;
const GIVE_UP_MS = 15_000;

declare global {
  interface Window {
    /** Resolves to null once `scope` is still, or to what was still changing after 15 s. */
    untilQuiet(scope: Element): Promise<string | null>;
    /** Resolves to null after two frames once no request or model task is pending, or to what was still pending after 15 s. */
    untilDrawn(): Promise<string | null>;
  }
}

/** Installs `window.untilQuiet` and `window.untilDrawn` on every document the page loads from now on. */
export async function watchQuiet(page: Page): Promise<void> {
  await page.addInitScript(installUntilQuiet, { quietFrames: QUIET_FRAMES, giveUpMs: GIVE_UP_MS });
}

/** Runs in the page, before its own scripts: it must not use anything from this module's scope. */
function installUntilQuiet({ quietFrames, giveUpMs }: { quietFrames: number; giveUpMs: number }) {
  // requests to the server still on their way (a model file, a training log, a table)
  let fetching = 0;
  const nativeFetch = window.fetch.bind(window);
  window.fetch = (...args: Parameters<typeof fetch>) => {
    fetching++;
    return nativeFetch(...args).finally(() => fetching--);
  };
  // model tasks waiting for the worker (lib/model/worker/protocol.ts): the worker answers
  // the latest request of each channel, so a channel is waiting while its latest run
  // has not been answered
  const unanswered = new Map<string, number>();
  const NativeWorker = window.Worker;
  let workers = 0;
  window.Worker = class extends NativeWorker {
    private readonly tag = `${workers++}:`;
    constructor(...args: ConstructorParameters<typeof Worker>) {
      super(...args);
      this.addEventListener('message', ({ data }: MessageEvent) => {
        if (data && typeof data.channel === 'number' && unanswered.get(this.tag + data.channel) === data.id) unanswered.delete(this.tag + data.channel);
      });
      this.addEventListener('error', () => {
        for (const key of [...unanswered.keys()]) if (key.startsWith(this.tag)) unanswered.delete(key);
      });
    }
    postMessage(message: unknown, options?: Transferable[] | StructuredSerializeOptions) {
      const run = message as { type?: string; channel?: unknown; id?: unknown } | null;
      if (run?.type === 'run' && typeof run.channel === 'number' && typeof run.id === 'number') unanswered.set(this.tag + run.channel, run.id);
      super.postMessage(message, options as StructuredSerializeOptions);
    }
  };

  // React's scheduler runs its work in tasks it posts to itself over a MessageChannel (a
  // render in a transition is sliced into many): work is queued while a message posted on
  // one port of a channel has not reached the other
  let queued = 0;
  const NativeChannel = window.MessageChannel;
  window.MessageChannel = class extends NativeChannel {
    constructor() {
      super();
      for (const [from, to] of [
        [this.port1, this.port2],
        [this.port2, this.port1],
      ]) {
        const post = from.postMessage.bind(from) as (...args: unknown[]) => void;
        from.postMessage = (...args: unknown[]) => {
          queued++;
          post(...args);
        };
        to.addEventListener('message', () => queued--);
      }
    }
  };

  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  const loading = () => {
    if (fetching > 0) return `${fetching} request(s) in flight`;
    if (unanswered.size > 0) return `${unanswered.size} model task(s) unanswered`;
    return null;
  };
  const busy = (scope: Element) => {
    const reason = loading() ?? (queued > 0 ? 'a render under way' : null);
    if (reason) return reason;
    if (scope.querySelector('progress, [aria-busy="true"]')) return 'a loading bar or busy region';
    if (scope.getAnimations({ subtree: true }).some((a) => a.playState === 'running')) return 'a running transition';
    return null;
  };
  const size = (scope: Element) =>
    [scope, ...scope.querySelectorAll('[data-widget]')].map((el) => `${el.scrollWidth}×${el.scrollHeight}/${(el as HTMLElement).offsetWidth}×${(el as HTMLElement).offsetHeight}`).join();

  window.untilQuiet = async (scope) => {
    const start = performance.now();
    let last = '';
    let frames = 0;
    for (;;) {
      await frame();
      const reason = busy(scope);
      const current = size(scope);
      if (reason || current !== last) {
        last = current;
        frames = 0;
      } else if (++frames >= quietFrames) return null;
      if (performance.now() - start > giveUpMs) return reason ?? 'its size kept changing';
    }
  };

  window.untilDrawn = async () => {
    const start = performance.now();
    await frame();
    for (;;) {
      await frame();
      const reason = loading();
      if (!reason) return null;
      if (performance.now() - start > giveUpMs) return reason;
    }
  };
}
