// @vitest-environment happy-dom
/**
 * The attention explorer with a small random model (a test fixture, not the
 * site's weights): tokens become buttons, arrow keys move the query, markup
 * stays text, long input is cut with a note, empty input shows a hint, and the
 * step-through and table alternative show the computed numbers.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { useCallback, useState } from 'react';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useModelCheck } from '@/components/widget/useModelWidget';
import { encode } from '@/lib/model/tokenizer';
import type { ModelConfig, TinyModel } from '@/lib/model/types';
import { ExplorerView } from '@/visualizations/attention/ExplorerView';
import { checkAgainstModel, type ExplorerState } from '@/visualizations/attention/explorerState';
import { randomModel } from '../../lib/model/reference';

const config: ModelConfig = { vocabSize: 11, contextLength: 16, dModel: 8, nHeads: 2, nLayers: 2, dFF: 16, lnEps: 1e-5 };
const model = randomModel(config, 7);
let last: ExplorerState;

const noneFromUrl: string[] = [];
const checkLink = (state: ExplorerState, m: TinyModel) => checkAgainstModel(state, m.config, encode(m, state.sentence).ids.length);

/** The explorer as AttentionExplorer runs it once the model is there: its state checked against the model once. */
function Harness({ initial }: { initial: Partial<ExplorerState> }) {
  const [state, setState] = useState<ExplorerState>({ sentence: 'bad cafe', layer: 1, head: 1, focus: 0, view: 'arcs', temperature: 1, mask: true, step: 1, ...initial });
  const update = useCallback((patch: Partial<ExplorerState>) => setState((s) => ({ ...s, ...patch })), []);
  const rejected = useModelCheck(model, state, update, checkLink, noneFromUrl);
  last = state;
  return <ExplorerView locale="en" model={model} state={state} update={update} rejected={rejected} />;
}

const tokenButtons = () => within(screen.getByRole('group', { name: 'Tokens' })).getAllByRole('button');

afterEach(cleanup);

describe('ExplorerView', () => {
  it('shows each token as a button named by its text, a space as “space”', () => {
    render(<Harness initial={{}} />);
    expect(tokenButtons().map((b) => b.getAttribute('aria-label') ?? b.textContent)).toEqual(['b', 'a', 'd', 'space', 'c', 'a', 'f', 'e']);
    expect(tokenButtons()[3].textContent).toBe('␣');
    expect(tokenButtons()[7].getAttribute('aria-pressed')).toBe('true'); // no focus chosen: the last token
  });

  it('updates as the reader types', () => {
    render(<Harness initial={{}} />);
    fireEvent.change(screen.getByLabelText('Your sentence'), { target: { value: 'ace' } });
    expect(tokenButtons().map((b) => b.textContent)).toEqual(['a', 'c', 'e']);
    expect(last.sentence).toBe('ace');
  });

  it('moves the query with the arrow keys and records it as focus (from 1)', () => {
    render(<Harness initial={{ focus: 2 }} />);
    const buttons = tokenButtons();
    expect(buttons[1].tabIndex).toBe(0);
    act(() => buttons[1].focus());
    fireEvent.keyDown(buttons[1], { key: 'ArrowRight' });
    expect(last.focus).toBe(3);
    expect(document.activeElement).toBe(tokenButtons()[2]);
    fireEvent.keyDown(tokenButtons()[2], { key: 'Home' });
    expect(last.focus).toBe(1);
  });

  it('keeps markup as text', () => {
    const { container } = render(<Harness initial={{ sentence: '<img src=x onerror=alert(1)>' }} />);
    expect(container.querySelector('img')).toBeNull();
    // the test model's vocabulary is a few letters: "<" has no token and reads as the replacement character
    expect(tokenButtons()[0].textContent).toBe('\uFFFD');
    expect((screen.getByLabelText('Your sentence') as HTMLTextAreaElement).value).toBe('<img src=x onerror=alert(1)>');
  });

  it('cuts long input at the context with a note, and shows a hint for empty input', () => {
    render(<Harness initial={{ sentence: 'abcdefgh'.repeat(5) }} />);
    expect(tokenButtons()).toHaveLength(16);
    expect(screen.getByText(/reads at most 16 tokens/)).toBeTruthy();
    cleanup();
    render(<Harness initial={{ sentence: '' }} />);
    expect(screen.getByText(/Type a sentence above/)).toBeTruthy();
    expect(screen.queryByRole('group', { name: 'Tokens' })).toBeNull();
  });

  it('sends a layer, head or token the model does not have back to the default, with a notice', () => {
    render(<Harness initial={{ sentence: 'abc', layer: 5, head: 2, focus: 9 }} />);
    expect(last).toMatchObject({ layer: 1, head: 2, focus: 0 });
    expect(screen.getByText(/value for layer, focus was not valid/)).toBeTruthy();
  });

  it('names unknown characters', () => {
    render(<Harness initial={{ sentence: 'a z' }} />);
    expect(screen.getByText(/no token of its own for “z”/)).toBeTruthy();
  });

  it('switches views and opens a head from the overview', () => {
    render(<Harness initial={{}} />);
    fireEvent.click(screen.getByRole('tab', { name: 'All heads' }));
    expect(last.view).toBe('heads');
    fireEvent.click(screen.getByRole('button', { name: /^Open layer 2, head 2/ }));
    expect(last).toMatchObject({ layer: 2, head: 2, view: 'arcs' });
  });

  it('steps through the computation (drawn after the picture) and offers the weights as a table', async () => {
    render(<Harness initial={{}} />);
    expect(screen.queryByText(/Step 1 of 7/)).toBeNull();
    expect(await screen.findByText(/Step 1 of 7/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Next step' }));
    fireEvent.click(screen.getByRole('button', { name: 'Next step' }));
    expect(screen.getByText(/Step 3 of 7: Dot products/)).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: 'q·k' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Show numbers as a table' }));
    const table = screen.getByRole('table', { name: /Attention weights of layer 1, head 1/ });
    const firstRow = within(table).getAllByRole('row')[1];
    // The first query can only attend to itself: weight 1.000, later keys empty.
    expect(
      within(firstRow)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['1.000', '', '', '', '', '', '', '']);
  });

  it('marks “what if” changes and can go back to the real model', () => {
    render(<Harness initial={{}} />);
    fireEvent.click(screen.getByRole('checkbox', { name: /Causal mask/ }));
    expect(screen.getByText(/What if: this changes/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Back to the real model' }));
    expect(screen.queryByText(/What if: this changes/)).toBeNull();
  });
});
