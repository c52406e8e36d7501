import { describe, expect, it } from 'vitest';
import { tokenKind, tokenText, visibleToken } from '@/lib/widgets/tokenText';

describe('tokenText', () => {
  it('marks spaces, newlines and tabs wherever they are', () => {
    expect(tokenText(' the')).toBe('␣the');
    expect(tokenText(' ')).toBe('␣');
    expect(tokenText('a\nb\t')).toBe('a↵b⇥');
    expect(tokenText('猫')).toBe('猫');
  });
});

describe('visibleToken and tokenKind', () => {
  it('shows a whitespace token with a visible symbol and names its kind', () => {
    expect(visibleToken(' ')).toBe('␣');
    expect(visibleToken('\n')).toBe('↵');
    expect(visibleToken('\t')).toBe('⇥');
    expect(visibleToken('猫')).toBe('猫');
    expect(tokenKind('\u3000')).toBe('space');
    expect(tokenKind('a')).toBe('other');
  });

  it('marks only the leading spaces of a word token', () => {
    expect(visibleToken('  ab c')).toBe('␣␣ab c');
    expect(visibleToken('a\nb')).toBe('a↵b');
  });
});
