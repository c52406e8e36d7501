/** Presenter keys: the clicker contract. Clicker keys belong to the presenter whatever has focus, except text being edited. */
import { describe, expect, it } from 'vitest';
import { keyAction, slideFromHash, slideFromSection } from '@/browser/present/keys';

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

  it('leaves shortcuts with modifiers to the browser', () => {
    expect(keyAction({ key: 'ArrowRight', ctrlKey: true })).toBeNull();
    expect(keyAction({ key: 'q', metaKey: true })).toBeNull();
  });

  it('maps the teaching keys: overview, QR code, digits and Enter', () => {
    expect(['o', 'O', 'q', 'Q', '7', 'Enter'].map((key) => keyAction({ key }))).toEqual(['overview', 'overview', 'qr', 'qr', 'digit', 'enter']);
  });

  it('leaves typing to text fields, except PageUp/PageDown and arrows past the text', () => {
    const field = { tagName: 'INPUT', type: 'text', value: 'abc', selectionStart: 1, selectionEnd: 1 } as unknown as EventTarget;
    expect(keyAction({ key: ' ', target: field })).toBeNull();
    expect(keyAction({ key: 'b', target: field })).toBeNull();
    expect(keyAction({ key: '3', target: field })).toBeNull();
    expect(keyAction({ key: 'ArrowRight', target: field })).toBeNull();
    expect(keyAction({ key: 'PageDown', target: field })).toBe('next');
    const atEnd = { tagName: 'INPUT', type: 'text', value: 'abc', selectionStart: 3, selectionEnd: 3 } as unknown as EventTarget;
    expect(keyAction({ key: 'ArrowRight', target: atEnd })).toBe('next');
    expect(keyAction({ key: 'ArrowLeft', target: atEnd })).toBeNull();
    const number = { tagName: 'INPUT', type: 'number', value: '45', selectionStart: null, selectionEnd: null } as unknown as EventTarget;
    expect(keyAction({ key: 'ArrowRight', target: number })).toBeNull();
  });

  it('keeps the clicker keys when a button, radio, tab, slider or select has focus', () => {
    for (const target of [
      { tagName: 'BUTTON' },
      { tagName: 'INPUT', type: 'radio' },
      { tagName: 'INPUT', type: 'range' },
      { tagName: 'SELECT' },
      { tagName: 'DIV', getAttribute: () => 'tab' },
    ] as unknown as EventTarget[]) {
      expect(['ArrowRight', ' ', 'PageDown', 'ArrowLeft', 'PageUp'].map((key) => keyAction({ key, target }))).toEqual(['next', 'next', 'next', 'prev', 'prev']);
      expect(keyAction({ key: 'ArrowDown', target })).toBeNull();
    }
  });
});

describe('slideFromSection', () => {
  it('finds the slide of a heading id, and nothing for other hashes', () => {
    expect(slideFromSection('#section-softmax', { softmax: 7 })).toBe(7);
    expect(slideFromSection('#section-caf%C3%A9', { café: 3 })).toBe(3);
    expect(slideFromSection('#section-none', { softmax: 7 })).toBeNull();
    expect(slideFromSection('#slide-2', { softmax: 7 })).toBeNull();
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
