'use client';
/**
 * The table alternative: every step taken (token read, token drawn, its probability
 * and the random number that drew it, the cache after it, the multiply-adds with
 * and without the cache), then the newest token's attention by layer and head.
 */
import { fixed, percent } from '@/lib/widgets/format';
import { tokenText } from '@/lib/widgets/tokenText';
import type { ModelConfig } from '@/lib/model/types';
import { cachedTokens, stepCost } from './math';
import type { GenerationStrings } from './strings';

export interface StepRow {
  read: string;
  drawn: string;
  p: number;
  u: number;
}

interface GenerationTablesProps {
  t: GenerationStrings;
  config: ModelConfig;
  promptLength: number;
  rows: StepRow[];
  /** Tokens the newest token attends to (0 … itself). */
  keys: string[];
  /** [layer][head][key] */
  attention: number[][][];
}

export function GenerationTables({ t, config, promptLength, rows, keys, attention }: GenerationTablesProps) {
  return (
    <>
      <div className="gen-table-scroll" role="region" aria-label={t.tableSteps} tabIndex={0}>
        <table>
          <caption>{t.tableSteps}</caption>
          <thead>
            <tr>
              {[t.tableStep, t.tableProcessed, t.tableDrawn, t.tableProbability, t.tableRandom, t.tableCache, t.tableWith, t.tableWithout].map((h) => (
                <th key={h} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => {
              const cost = stepCost(config, promptLength + i);
              return (
                <tr key={i}>
                  <th scope="row">{i + 1}</th>
                  <td>{tokenText(row.read)}</td>
                  <td>{tokenText(row.drawn)}</td>
                  <td>{percent(row.p)}</td>
                  <td>{fixed(row.u, 3)}</td>
                  <td>{cachedTokens(promptLength, i + 1)}</td>
                  <td>{cost.withCache.toLocaleString()}</td>
                  <td>{cost.withoutCache.toLocaleString()}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {attention.length > 0 && (
        <div className="gen-table-scroll" role="region" aria-label={t.tableAttention(tokenText(keys[keys.length - 1] ?? ''))} tabIndex={0}>
          <table>
            <caption>{t.tableAttention(tokenText(keys[keys.length - 1] ?? ''))}</caption>
            <thead>
              <tr>
                <th scope="col">{t.tableLayerHead}</th>
                {keys.map((k, i) => (
                  <th key={i} scope="col">
                    {tokenText(k)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {attention.flatMap((heads, l) =>
                heads.map((row, h) => (
                  <tr key={`${l}-${h}`}>
                    <th scope="row">{`${l + 1} · ${h + 1}`}</th>
                    {row.slice(0, keys.length).map((w, i) => (
                      <td key={i}>{percent(w)}</td>
                    ))}
                  </tr>
                )),
              )}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
