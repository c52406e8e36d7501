/**
 * Which presenter action a key press asks for. Clickers send PageDown/PageUp (some send
 * arrows or Space); keyboards add Home, End, B (blackout), F (full screen) and Escape.
 * Keys meant for a focused control are left to it: typing in a field, Space on a button,
 * arrows on a radio group or a widget that already handled them (defaultPrevented).
 */
export type PresenterAction = 'next' | 'prev' | 'first' | 'last' | 'blackout' | 'fullscreen' | 'exit';

/** The parts of a KeyboardEvent the decision needs (so it can be unit-tested). */
export interface KeyLike {
  key: string;
  shiftKey?: boolean;
  altKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  defaultPrevented?: boolean;
  target?: EventTarget | null;
}

const TEXT_INPUT = /^(text|search|email|url|tel|password|number)$/;

/**
 * What the focused element does with keys: 'text' keeps every key, 'arrows' keeps Space
 * and the arrows (radios, sliders, tabs, a widget's focusable chart), 'space' keeps Space
 * (buttons and links), 'none' keeps nothing.
 */
function focusKind(target: EventTarget | null | undefined): 'text' | 'arrows' | 'space' | 'none' {
  const element = target as (HTMLElement & { type?: string }) | null;
  if (!element || typeof element.closest !== 'function') return 'none';
  const tag = element.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT' || element.isContentEditable) return 'text';
  if (tag === 'INPUT') return TEXT_INPUT.test(element.type ?? 'text') ? 'text' : 'arrows';
  if (element.closest('button, a[href], summary, [role="button"]')) return 'space';
  if (element.closest('[role="slider"], [role="radio"], [role="tab"], [role="option"], [role="grid"], [role="listbox"], [tabindex]:not(.slide)')) return 'arrows';
  return 'none';
}

export function keyAction(event: KeyLike): PresenterAction | null {
  if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return null;
  const focus = focusKind(event.target);
  const key = event.key;
  if (key === 'PageDown') return 'next';
  if (key === 'PageUp') return 'prev';
  if (focus === 'text') return null;
  if (key === 'Escape') return 'exit';
  if (key === 'Home') return 'first';
  if (key === 'End') return 'last';
  if (key === 'b' || key === 'B' || key === '.') return 'blackout';
  if (key === 'f' || key === 'F') return 'fullscreen';
  if (key === ' ') return focus === 'none' ? (event.shiftKey ? 'prev' : 'next') : null;
  if (focus === 'arrows') return null;
  if (key === 'ArrowRight') return 'next';
  if (key === 'ArrowLeft') return 'prev';
  return null;
}

/** The 1-based slide number in `#slide-N`, clamped to 1…total, or null when the hash names none. */
export function slideFromHash(hash: string, total: number): number | null {
  const match = /^#slide-(\d+)$/.exec(hash);
  if (!match) return null;
  return Math.min(Math.max(Number(match[1]), 1), Math.max(total, 1));
}
