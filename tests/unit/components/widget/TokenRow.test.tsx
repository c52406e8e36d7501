// @vitest-environment happy-dom
/**
 * TokenRow: one tab stop, arrow keys move the focus (and choose, when focus chooses),
 * focus either chooses the token or previews it until the focus leaves.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { TokenRow } from '@/components/widget/TokenRow';

afterEach(cleanup);

function row(focus: 'select' | 'preview', selected: number | null) {
  const onSelect = vi.fn();
  const onPreview = vi.fn();
  render(
    <TokenRow
      className="row"
      label="Tokens"
      count={3}
      tabStop={selected ?? 0}
      focus={focus}
      selected={selected}
      onSelect={onSelect}
      onPreview={onPreview}
      cell={(i, on, tabIndex) => (
        <button key={i} {...on.button(i, tabIndex)} onBlur={on.blur}>
          {'abc'[i]}
        </button>
      )}
    />,
  );
  return { onSelect, onPreview, buttons: screen.getAllByRole('button') };
}

describe('TokenRow', () => {
  it('gives the row one tab stop and a name', () => {
    const { buttons } = row('select', 1);
    expect(buttons.map((b) => b.tabIndex)).toEqual([-1, 0, -1]);
    expect(screen.getByRole('group', { name: 'Tokens' })).toBeTruthy();
  });

  it('chooses the token the arrow keys reach when focus chooses', () => {
    const { onSelect, buttons } = row('select', 1);
    act(() => buttons[1].focus());
    expect(onSelect).not.toHaveBeenCalled(); // already the choice
    fireEvent.keyDown(buttons[1], { key: 'End' });
    expect(document.activeElement).toBe(buttons[2]);
    expect(onSelect).toHaveBeenLastCalledWith(2);
  });

  it('previews the focused token and ends the preview with the focus when focus previews', () => {
    const { onSelect, onPreview, buttons } = row('preview', null);
    act(() => buttons[0].focus());
    expect(onPreview).toHaveBeenLastCalledWith(0);
    fireEvent.keyDown(buttons[0], { key: 'ArrowRight' });
    expect(document.activeElement).toBe(buttons[1]);
    expect(onPreview).toHaveBeenLastCalledWith(1);
    expect(onSelect).not.toHaveBeenCalled();
    act(() => buttons[1].blur());
    expect(onPreview).toHaveBeenLastCalledWith(null);
    fireEvent.click(buttons[2]);
    expect(onSelect).toHaveBeenCalledWith(2);
  });
});
