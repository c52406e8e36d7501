/**
 * Which presenter action a key press asks for: the clicker contract. Clickers send
 * PageDown/PageUp (some send arrows or Space); keyboards add Home, End, digits + Enter
 * (jump), O (overview), Q (QR code), B (blackout), F (full screen) and Escape.
 *
 * → PageDown Space and ← PageUp always belong to the presenter, whatever has focus after
 * a click (a tab, a quiz answer, a slider, a select, a button): the presenter reads keys
 * before any control does, so a click never changes what the next press does. The one
 * exception is a text field, which keeps ← → and Space for editing, and lets → through
 * only at the end of its text (and ← only at the start); PageDown/PageUp always pass.
 * Up and Down are left to the focused control.
 */
export type PresenterAction = 'next' | 'prev' | 'first' | 'last' | 'blackout' | 'fullscreen' | 'exit' | 'overview' | 'qr' | 'digit' | 'enter';

/** The parts of a KeyboardEvent the decision needs (so it can be unit-tested). */
export interface KeyLike {
  key: string;
  shiftKey?: boolean;
  altKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  target?: EventTarget | null;
}

const TEXT_INPUT = /^(text|search|email|url|tel|password|number)$/;

type TextTarget = HTMLElement & { type?: string; value?: string; selectionStart?: number | null; selectionEnd?: number | null };

/** The focused element when it takes typing (text input, text area, editable), else null. */
function textField(target: EventTarget | null | undefined): TextTarget | null {
  const element = target as TextTarget | null;
  if (!element || typeof element.tagName !== 'string') return null;
  if (element.tagName === 'TEXTAREA' || element.isContentEditable) return element;
  if (element.tagName === 'INPUT' && TEXT_INPUT.test(element.type ?? 'text')) return element;
  return null;
}

/** True when the caret sits at the end (or start) of a field's text, with nothing selected. */
function caretAt(field: TextTarget, end: boolean): boolean {
  const { selectionStart, selectionEnd, value } = field;
  // number inputs have no selection API: they keep their arrows only for editing digits
  if (selectionStart === null || selectionStart === undefined || value === undefined) return false;
  if (selectionStart !== selectionEnd) return false;
  return end ? selectionStart === value.length : selectionStart === 0;
}

export function keyAction(event: KeyLike): PresenterAction | null {
  if (event.altKey || event.ctrlKey || event.metaKey) return null;
  const key = event.key;
  if (key === 'PageDown') return 'next';
  if (key === 'PageUp') return 'prev';
  const field = textField(event.target);
  if (field) {
    if (key === 'ArrowRight' && caretAt(field, true)) return 'next';
    if (key === 'ArrowLeft' && caretAt(field, false)) return 'prev';
    return null;
  }
  if (key === ' ') return event.shiftKey ? 'prev' : 'next';
  if (key === 'ArrowRight') return 'next';
  if (key === 'ArrowLeft') return 'prev';
  if (key === 'Escape') return 'exit';
  if (key === 'Home') return 'first';
  if (key === 'End') return 'last';
  if (key === 'b' || key === 'B' || key === '.') return 'blackout';
  if (key === 'f' || key === 'F') return 'fullscreen';
  if (key === 'o' || key === 'O') return 'overview';
  if (key === 'q' || key === 'Q') return 'qr';
  if (/^[0-9]$/.test(key)) return 'digit';
  if (key === 'Enter') return 'enter';
  return null;
}

/** Actions that move or change what the audience sees: none of them runs during blackout. */
export const MOVES: ReadonlySet<PresenterAction> = new Set(['next', 'prev', 'first', 'last', 'digit', 'enter', 'overview', 'qr']);

/** The 1-based slide number in `#slide-N`, clamped to 1…total, or null when the hash names none. */
export function slideFromHash(hash: string, total: number): number | null {
  const match = /^#slide-(\d+)$/.exec(hash);
  if (!match) return null;
  return Math.min(Math.max(Number(match[1]), 1), Math.max(total, 1));
}

/** The slide `#section-<heading id>` names, through the chapter's heading → slide map. */
export function slideFromSection(hash: string, anchors: Record<string, number>): number | null {
  const match = /^#section-(.+)$/.exec(hash);
  if (!match) return null;
  return anchors[decodeURIComponent(match[1])] ?? null;
}
