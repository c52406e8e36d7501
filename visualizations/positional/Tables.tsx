'use client';
/**
 * The table alternative of each view: the numbers the picture shows for the picked
 * position, as an HTML table (for screen readers, copying, and readers who prefer
 * numbers). Each table computes its few values itself, from the same functions.
 */
import type { ReactNode } from 'react';
import { cosineSimilarity, dot, rotaryAngles, rotaryFrequencies, sinusoidalEncoding } from '@/lib/math';
import type { Locale } from '@/lib/i18n/locales';
import { fixed } from '@/lib/widgets/format';
import type { View } from './kinds';
import { addPosition, cellDetail, gridFromRows, tableRows, ADD_DIM } from './math';
import { compareOrders, splitWords, shuffleOrder, ORDER_DIM } from './orderDemo';
import { ROPE_DIM, ropeScore, ropeVectors } from './rope';
import type { PositionalStrings } from './strings';
import { usePositionTable } from './usePositionTable';

function Table({ caption, head, rows }: { caption: string; head: string[]; rows: ReactNode[][] }) {
  return (
    <table className="pe-table-block">
      <caption>{caption}</caption>
      <thead>
        <tr>
          {head.map((h) => (
            <th key={h} scope="col">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => (
          <tr key={i}>
            {row.map((c, j) =>
              j === 0 ? (
                <th key={j} scope="row">
                  {c}
                </th>
              ) : (
                <td key={j}>{c}</td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export interface TableState {
  view: View;
  positions: number;
  dims: number;
  pos: number;
  sentence: string;
  seed: number;
  word: string;
  ropeKey: number;
}

function LearnedTable({ t, locale, pos }: { t: PositionalStrings; locale: Locale; pos: number }) {
  const state = usePositionTable(locale);
  // the view above shows the download's progress, and its failure with a retry
  if (!state.table) return <p>{state.error ?? t.loadingTable}</p>;
  const rows = tableRows(state.table);
  const p = Math.min(pos, rows.length - 1);
  const sin = sinusoidalEncoding(rows.length, rows[0].length);
  return (
    <Table
      caption={t.tableCaption.learned(p)}
      head={[t.position, t.columns.learned, t.columns.sinusoidal]}
      rows={rows.map((row, x) => [x, fixed(cosineSimilarity(rows[p], row)), fixed(cosineSimilarity(sin[p], sin[x]))])}
    />
  );
}

export function ViewTable({ t, locale, state }: { t: PositionalStrings; locale: Locale; state: TableState }) {
  const { view, positions, dims, pos } = state;
  const c = t.columns;
  if (view === 'sinusoidal') {
    const grid = gridFromRows([sinusoidalEncoding(pos + 1, dims)[pos]]);
    return (
      <Table
        caption={t.tableCaption.sinusoidal(pos)}
        head={[t.dimension, c.pair, c.fn, c.angle, c.value, c.wavelength]}
        rows={Array.from({ length: dims }, (_, d) => {
          const cell = cellDetail(grid, 0, d);
          return [d, cell.pair, cell.fn, fixed(pos / cell.denominator), fixed(cell.value), fixed(cell.wavelength, 1)];
        })}
      />
    );
  }
  if (view === 'distance') {
    const pe = sinusoidalEncoding(positions, dims);
    return <Table caption={t.tableCaption.distance(pos)} head={[t.position, c.offset, t.dotProduct]} rows={pe.map((row, x) => [x, x - pos, fixed(dot(pe[pos], row))])} />;
  }
  if (view === 'learned') return <LearnedTable t={t} locale={locale} pos={pos} />;
  if (view === 'rotary') {
    const { q, k } = ropeVectors();
    const n = state.ropeKey;
    const thetas = rotaryFrequencies(ROPE_DIM);
    const qa = rotaryAngles(pos, ROPE_DIM);
    const ka = rotaryAngles(n, ROPE_DIM);
    return (
      <>
        <Table caption={t.tableCaption.rotary(pos)} head={[c.pair, c.theta, c.qAngle, c.kAngle]} rows={thetas.map((th, i) => [i, fixed(th, 4), fixed(qa[i]), fixed(ka[i])])} />
        <Table
          caption={t.sameOffset(fixed(n - pos, 0))}
          head={[c.m, c.n, c.score]}
          rows={[0, 1, 2, 5, 17, 100].filter((s) => n + s >= 0).map((s) => [pos + s, n + s, fixed(ropeScore(q, k, pos + s, n + s), 6)])}
        />
      </>
    );
  }
  if (view === 'order') {
    const words = splitWords(state.sentence);
    const order = shuffleOrder(words.length, state.seed);
    const settings = [
      [t.noPositions, compareOrders(words, order, false)],
      [t.withPositions, compareOrders(words, order, true)],
    ] as const;
    const vec = (v: number[]) => `(${v.map((x) => fixed(x)).join(', ')})`;
    return (
      <Table
        caption={t.tableCaption.order(pos)}
        head={[t.word, c.setting, `${t.inOriginal}${t.punct.aside(`${ORDER_DIM}d`)}`, t.afterShuffle, t.difference]}
        rows={settings.flatMap(([name, r]) => order.map((orig, kk) => [words[orig], name, vec(r.original[orig]), vec(r.shuffled[kk]), fixed(r.differences[kk], 6)]))}
      />
    );
  }
  const { embedding, position, sum } = addPosition(state.word, pos);
  return (
    <Table caption={t.tableCaption.add(pos)} head={[t.dimension, c.e, c.p, c.sum]} rows={Array.from({ length: ADD_DIM }, (_, d) => [d, fixed(embedding[d]), fixed(position[d]), fixed(sum[d])])} />
  );
}
