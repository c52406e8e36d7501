'use client';
/**
 * The table alternative: for each family's attention, how many queries, keys and allowed
 * pairs the masks have (counted from the masks, beside the closed-form count), and for
 * each token of the sentence, which tokens it sees in each family.
 */
import { countAllowed, visibleKeys, type FamilyMasks } from './math';
import type { FamiliesStrings } from './strings';

interface FamiliesTableProps {
  t: FamiliesStrings;
  source: string[];
  target: string[];
  masks: FamilyMasks;
}

/** "tokens 1–7" for a contiguous run of 0-based indices (the masks here only make runs). */
function describeKeys(t: FamiliesStrings, keys: number[]): string {
  if (keys.length === 0) return t.none;
  return t.range(keys[0] + 1, keys[keys.length - 1] + 1);
}

export function FamiliesTable({ t, source, target, masks }: FamiliesTableProps) {
  const n = source.length;
  const m = target.length;
  const f = t.families;
  const c = t.columns;
  const rows: [string, boolean[][], number, number, string][] = [
    [`${f.encoder.name}: ${t.selfAttention}`, masks.encoderOnly, n, n, t.rules.all(n)],
    [`${f.decoder.name}: ${t.selfAttention}`, masks.decoderOnly, n, n, t.rules.causal(n)],
    [`${f.encoderDecoder.name}: ${t.encoderSelf}`, masks.encoderSelf, n, n, t.rules.all(n)],
    [`${f.encoderDecoder.name}: ${t.decoderSelf}`, masks.decoderSelf, m, m, t.rules.causal(m)],
    [`${f.encoderDecoder.name}: ${t.cross}`, masks.cross, m, n, t.rules.cross(m, n)],
  ];
  return (
    <>
      <table>
        <caption>{t.tableSummary}</caption>
        <thead>
          <tr>
            <th scope="col">{c.attention}</th>
            <th scope="col">{c.queries}</th>
            <th scope="col">{c.keys}</th>
            <th scope="col">{c.allowedPairs}</th>
            <th scope="col">{c.rule}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([name, mask, q, k, rule]) => (
            <tr key={name}>
              <th scope="row">{name}</th>
              <td>{q}</td>
              <td>{k}</td>
              <td>{countAllowed(mask)}</td>
              <td>{rule}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table>
        <caption>{t.tableTokens}</caption>
        <thead>
          <tr>
            <th scope="col">{c.index}</th>
            <th scope="col">{c.token}</th>
            <th scope="col">{f.encoder.name}</th>
            <th scope="col">{f.decoder.name}</th>
            <th scope="col">{`${f.encoderDecoder.name}: ${t.encoderSelf}`}</th>
          </tr>
        </thead>
        <tbody>
          {source.map((token, i) => (
            <tr key={i}>
              <td>{i + 1}</td>
              <th scope="row">{token}</th>
              <td>{describeKeys(t, visibleKeys(masks.encoderOnly, i))}</td>
              <td>{describeKeys(t, visibleKeys(masks.decoderOnly, i))}</td>
              <td>{describeKeys(t, visibleKeys(masks.encoderSelf, i))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
