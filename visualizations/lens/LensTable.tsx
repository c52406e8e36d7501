'use client';
/** The table alternative: the most likely next token and its probability at every depth (rows) and position (columns). */
import type { LensToken } from '@/lib/model/lens';
import { percent } from '@/lib/widgets/format';
import { tokenText } from '@/lib/widgets/tokenText';
import type { LensStrings } from './strings';

export function LensTable({ t, tokens, grid, output }: { t: LensStrings; tokens: string[]; grid: LensToken[][][]; output: LensToken[][] }) {
  const row = (label: string, cells: LensToken[][], key: string) => (
    <tr key={key}>
      <th scope="row">{label}</th>
      {cells.map((top, p) => (
        <td key={p}>{`${tokenText(top[0].token)} ${percent(top[0].p)}`}</td>
      ))}
    </tr>
  );
  return (
    <div className="lens-table-scroll" role="region" aria-label={t.tableCaption} tabIndex={0}>
      <table>
        <caption>{t.tableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.position}</th>
            {tokens.map((token, p) => (
              <th key={p} scope="col">
                {tokenText(token)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {grid.map((cells, r) => row(t.stream(r), cells, String(r)))}
          {row(t.model, output, 'model')}
        </tbody>
      </table>
    </div>
  );
}
