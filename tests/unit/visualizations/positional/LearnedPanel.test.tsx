// @vitest-environment happy-dom
/**
 * The learned view and its table read one shared download of the position table per
 * language (not the model): a status while it loads, the heatmaps and the cosine table
 * once it is there, and on failure a message in the page's language with a retry that
 * starts a new download. The loader is replaced by a controllable fake.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { PositionTable } from '@/lib/model/positionTable';

interface Pending {
  url: string;
  resolve: (table: PositionTable) => void;
  reject: (error: Error) => void;
}
const calls: Pending[] = [];
vi.mock('@/lib/model/loadPositionTable', () => ({
  loadPositionTable: (url: string) => new Promise<PositionTable>((resolve, reject) => calls.push({ url, resolve, reject })),
}));

const { LearnedPanel } = await import('@/visualizations/positional/LearnedPanel');
const { ViewTable } = await import('@/visualizations/positional/Tables');
const { positionalStrings } = await import('@/visualizations/positional/strings');

// four positions in two dimensions: 0 and 1 point the same way, 2 is at a right angle, 3 opposite to 0
const TABLE: PositionTable = { rows: 4, cols: 2, data: Float32Array.of(1, 0, 2, 0, 0, 1, -1, 0), source: 'test' };

function Both({ locale }: { locale: 'en' | 'zh' }) {
  const t = positionalStrings[locale];
  const state = { view: 'learned' as const, positions: 16, dims: 16, pos: 0, sentence: '', seed: 1, word: '', ropeKey: 0 };
  return (
    <>
      <LearnedPanel t={t} locale={locale} width={600} pos={0} onPos={() => {}} />
      <ViewTable t={t} locale={locale} state={state} />
    </>
  );
}

afterEach(cleanup);

describe('the learned view', () => {
  it('loads the table once for the view and its table, then draws both', async () => {
    render(<Both locale="en" />);
    expect(calls).toHaveLength(1);
    expect(calls[0].url).toBe('/models/en/learned-positions.json');
    expect(screen.getAllByRole('status')[0].textContent).toContain('Loading the learned position table…');
    await act(async () => calls[0].resolve(TABLE));
    expect(screen.getByText('These 4 position vectors of 2 dimensions', { exact: false })).toBeTruthy();
    const cells = [...document.querySelectorAll('table tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent));
    // cosines of position 0 to each position, worked out from the vectors above
    expect(cells.map((row) => row.slice(0, 2))).toEqual([
      ['0', '1.000'],
      ['1', '1.000'],
      ['2', '0.000'],
      ['3', '−1.000'],
    ]);
  });

  it('says in Chinese when the table could not be loaded, and retries on request', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(<Both locale="zh" />);
    const first = calls.at(-1)!;
    expect(first.url).toBe('/models/zh/learned-positions.json');
    await act(async () => first.reject(new Error('HTTP 404')));
    // one alert (the view's), the table says the same without announcing it again
    expect(screen.getByRole('alert').textContent).toContain('学到的位置表加载失败');
    expect(screen.getAllByText('学到的位置表加载失败。请检查网络连接后重试。')).toHaveLength(2);
    fireEvent.click(screen.getByRole('button', { name: '重试' }));
    expect(calls.at(-1)).not.toBe(first);
    await act(async () => calls.at(-1)!.resolve(TABLE));
    expect(screen.queryAllByRole('alert')).toHaveLength(0);
    expect(screen.getByText('这 4 个 2 维的位置向量', { exact: false })).toBeTruthy();
  });
});
