// @vitest-environment happy-dom
/**
 * The chips show a character split across tokens as hex bytes with a spoken
 * description, never as a replacement glyph; spaces are made visible; the
 * tiny model's unknown characters are marked.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { alignTokens } from '@/visualizations/tokenizer/math';
import { TokenChips } from '@/visualizations/tokenizer/TokenChips';
import { tokenizerStrings } from '@/visualizations/tokenizer/strings';

afterEach(cleanup);

describe('TokenChips', () => {
  it('writes a byte fragment as ‹E4 B9› with its character in the accessible name', () => {
    // " 习" as cl100k_base splits it: [20] " ", [E4 B9], [A0].
    const views = alignTokens(' 习', [220, 18259, 254], [new Uint8Array([0x20]), new Uint8Array([0xe4, 0xb9]), new Uint8Array([0xa0])]);
    render(<TokenChips views={views} label="chips" t={tokenizerStrings.en} />);
    const list = screen.getByRole('list', { name: 'chips' });
    expect(list.textContent).toContain('‹E4 B9›');
    expect(list.textContent).toContain('‹A0›');
    expect(list.textContent).toContain('␣');
    expect(list.textContent).not.toContain('\uFFFD');
    expect(screen.getByRole('img', { name: /bytes E4 B9, part of the character 习 \(E4 B9 A0\)/ })).toBeTruthy();
    expect(screen.getByRole('img', { name: '“ ”, id 220' })).toBeTruthy();
  });

  it('can select a chip', () => {
    let picked = -1;
    render(
      <TokenChips
        views={[
          { id: 300, pieces: [{ kind: 'text', text: '习' }], fragment: false },
          { id: 5, pieces: [{ kind: 'text', text: 'a' }], fragment: false },
        ]}
        label="tiny"
        t={tokenizerStrings.zh}
        onSelect={(i) => (picked = i)}
        selected={1}
      />,
    );
    const buttons = screen.getAllByRole('button');
    expect(buttons[0].textContent).toMatch(/^习300/);
    expect(buttons[1].getAttribute('aria-pressed')).toBe('true');
    buttons[0].click();
    expect(picked).toBe(0);
  });
});
