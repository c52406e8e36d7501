/**
 * The calculator's table alternative: every preset and the current input, with
 * N, D, compute, time, accelerator-hours and cost under the current hardware
 * and price assumptions.
 */
import type { Locale } from '@/lib/i18n/locales';
import { estimate, type ComputeInputs } from './math';
import { count, duration, money, plain, type Notation } from './formatting';
import type { ComputeStrings } from './strings';

interface ComputeTableProps {
  rows: { id: string; label: string; n: number; d: number }[];
  inputs: ComputeInputs;
  locale: Locale;
  notation: Notation;
  t: ComputeStrings;
}

export function ComputeTable({ rows, inputs, locale, notation, t }: ComputeTableProps) {
  return (
    <table>
      <caption className="sr-only">{t.title}</caption>
      <thead>
        <tr>
          <th scope="col">{t.table.model}</th>
          <th scope="col">{t.table.n}</th>
          <th scope="col">{t.table.d}</th>
          <th scope="col">{t.table.c}</th>
          <th scope="col">{t.table.time}</th>
          <th scope="col">{t.table.gpuHours}</th>
          <th scope="col">{t.table.cost}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => {
          const e = estimate({ ...inputs, n: r.n, d: r.d });
          return (
            <tr key={r.id}>
              <th scope="row">{r.label}</th>
              <td>{count(r.n, locale, notation)}</td>
              <td>{count(r.d, locale, notation)}</td>
              <td>{count(e.flops, locale, 'sci')}</td>
              <td>{duration(e.seconds, locale, t)}</td>
              <td>{plain(e.gpuHours, locale)}</td>
              <td>{money(e.cost, locale, notation, t)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
