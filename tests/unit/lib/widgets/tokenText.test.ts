import { describe, expect, it } from 'vitest';
import { tokenText } from '@/lib/widgets/tokenText';

describe('tokenText', () => {
  it('marks spaces, newlines and tabs wherever they are', () => {
    expect(tokenText(' the')).toBe('␣the');
    expect(tokenText(' ')).toBe('␣');
    expect(tokenText('a\nb\t')).toBe('a↵b⇥');
    expect(tokenText('猫')).toBe('猫');
  });
});
