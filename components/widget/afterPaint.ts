/**
 * Work that must not delay a frame: `afterNextPaint(task)` runs `task` in a task of its
 * own once the browser has painted its next frame (a message posted from the frame's
 * animation callback is handled after that frame's paint). A widget draws what the
 * reader asked for first and the secondary panels after it, so a keystroke's picture is
 * on screen before, say, a step-through table is rebuilt. Where no frame comes (a hidden
 * tab), the task runs after `fallbackMs`. Returns a function that cancels the task.
 */
export function afterNextPaint(task: () => void, fallbackMs = 200): () => void {
  let pending = true;
  const channel = new MessageChannel();
  const frame = requestAnimationFrame(() => channel.port2.postMessage(null));
  const timer = window.setTimeout(() => run(), fallbackMs);
  const cancel = () => {
    pending = false;
    cancelAnimationFrame(frame);
    window.clearTimeout(timer);
    channel.port1.onmessage = null;
    channel.port1.close();
  };
  function run() {
    if (!pending) return;
    cancel();
    task();
  }
  channel.port1.onmessage = run;
  return cancel;
}
