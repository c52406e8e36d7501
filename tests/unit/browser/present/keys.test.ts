/** Presenter keys: clicker and keyboard keys map to actions, and keys meant for a focused control are left alone. */
import { describe, expect, it } from 'vitest';
import { keyAction, slideFromHash } from '@/browser/present/keys';

/** A stand-in for a focused element: tag, type, and what closest() should find. */
const focused = (tagName: string, matches: string[] = [], type?: string) =>
  ({ tagName, type, isContentEditable: false, closest: (selector: string) => (matches.some((m) => selector.includes(m)) ? {} : null) }) as unknown as EventTarget;

describe('keyAction', () => {
  it('maps the clicker and keyboard keys', () => {
    expect(['ArrowRight', 'PageDown', ' '].map((key) => keyAction({ key }))).toEqual(['next', 'next', 'next']);
    expect(['ArrowLeft', 'PageUp'].map((key) => keyAction({ key }))).toEqual(['prev', 'prev']);
    expect(keyAction({ key: ' ', shiftKey: true })).toBe('prev');
    expect(keyAction({ key: 'Home' })).toBe('first');
    expect(keyAction({ key: 'End' })).toBe('last');
    expect(keyAction({ key: 'b' })).toBe('blackout');
    expect(keyAction({ key: 'B' })).toBe('blackout');
    expect(keyAction({ key: 'f' })).toBe('fullscreen');
    expect(keyAction({ key: 'Escape' })).toBe('exit');
    expect(keyAction({ key: 'x' })).toBeNull();
  });

  it('leaves keys a widget handled, and shortcuts with modifiers', () => {
    expect(keyAction({ key: 'ArrowRight', defaultPrevented: true })).toBeNull();
    expect(keyAction({ key: 'ArrowRight', ctrlKey: true })).toBeNull();
  });

  it('leaves typing to text fields, except PageUp and PageDown', () => {
    const field = focused('INPUT', [], 'text');
    expect(keyAction({ key: ' ', target: field })).toBeNull();
    expect(keyAction({ key: 'b', target: field })).toBeNull();
    expect(keyAction({ key: 'ArrowRight', target: field })).toBeNull();
    expect(keyAction({ key: 'PageDown', target: field })).toBe('next');
  });

  it('leaves Space to buttons and arrows to radios, sliders and tabs', () => {
    const button = focused('BUTTON', ['button']);
    expect(keyAction({ key: ' ', target: button })).toBeNull();
    expect(keyAction({ key: 'ArrowRight', target: button })).toBe('next');
    const radio = focused('INPUT', [], 'radio');
    expect(keyAction({ key: 'ArrowRight', target: radio })).toBeNull();
    const tab = focused('DIV', ['[role="tab"]']);
    expect(keyAction({ key: 'ArrowLeft', target: tab })).toBeNull();
    expect(keyAction({ key: 'PageUp', target: tab })).toBe('prev');
  });
});

describe('slideFromHash', () => {
  it('reads #slide-N and clamps it to the slides there are', () => {
    expect(slideFromHash('#slide-3', 10)).toBe(3);
    expect(slideFromHash('#slide-0', 10)).toBe(1);
    expect(slideFromHash('#slide-99', 10)).toBe(10);
    expect(slideFromHash('#softmax', 10)).toBeNull();
    expect(slideFromHash('', 10)).toBeNull();
  });
});
