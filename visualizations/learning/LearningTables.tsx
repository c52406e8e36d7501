'use client';
/** The numbers behind "Watch it learn" as tables: every point of the loss curves, and every checkpoint's samples. */
import type { Locale } from '@/lib/i18n/locales';
import { fixed } from '@/lib/widgets/format';
import type { Checkpoint, TrainingLog } from './math';
import { learningStrings } from './strings';

export function LearningTables({ locale, log, list }: { locale: Locale; log: TrainingLog; list: Checkpoint[] }) {
  const t = learningStrings[locale];
  return (
    <>
      <table>
        <caption>{t.curveTable}</caption>
        <thead>
          <tr>
            <th scope="col">{t.col.step}</th>
            <th scope="col">{t.col.train}</th>
            <th scope="col">{t.col.heldOut}</th>
          </tr>
        </thead>
        <tbody>
          {log.curve.map((p) => (
            <tr key={p.step}>
              <th scope="row">{p.step}</th>
              <td>{fixed(p.train, 3)}</td>
              <td>{fixed(p.heldOut, 3)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="lc-table">
        <caption>{t.sampleCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.col.step}</th>
            <th scope="col">{t.col.prompt}</th>
            <th scope="col">{t.col.text}</th>
          </tr>
        </thead>
        <tbody>
          {list.flatMap((c) =>
            c.samples.map((s, i) => (
              <tr key={`${c.step}-${i}`}>
                <th scope="row">{c.step}</th>
                <td>{s.prompt}</td>
                <td>{s.text}</td>
              </tr>
            )),
          )}
        </tbody>
      </table>
    </>
  );
}
