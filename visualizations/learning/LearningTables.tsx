'use client';
/** The numbers behind "Watch it learn" as tables: every point of the loss curves, the best heads at every scored step, and every checkpoint's samples. */
import type { Locale } from '@/lib/i18n/locales';
import { fixed } from '@/lib/widgets/format';
import { bestHeadSeries, type Checkpoint, type TrainingLog } from './math';
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
      {log.probes.length > 0 && <HeadsTable locale={locale} log={log} />}
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

function HeadsTable({ locale, log }: { locale: Locale; log: TrainingLog }) {
  const t = learningStrings[locale];
  const previous = bestHeadSeries(log.probes, 'previousToken');
  const induction = bestHeadSeries(log.probes, 'induction');
  const name = (h: { layer: number; head: number }) => t.heads.headName(h.layer + 1, h.head + 1);
  return (
    <table>
      <caption>{t.heads.table}</caption>
      <thead>
        <tr>
          <th scope="col">{t.col.step}</th>
          <th scope="col">{t.heads.col.previous}</th>
          <th scope="col">{t.heads.col.previousHead}</th>
          <th scope="col">{t.heads.col.induction}</th>
          <th scope="col">{t.heads.col.inductionHead}</th>
        </tr>
      </thead>
      <tbody>
        {previous.map((p, i) => (
          <tr key={p.step}>
            <th scope="row">{p.step}</th>
            <td>{fixed(p.score, 2)}</td>
            <td>{name(p)}</td>
            <td>{fixed(induction[i].score, 2)}</td>
            <td>{name(induction[i])}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
