'use client';
/** The numbers behind the loss chart, for readers who prefer a table: held-out loss at every evaluation. */
import type { Locale } from '@/lib/i18n/locales';
import { fixed } from '@/lib/widgets/format';
import type { History } from './history';
import { trainingStrings } from './strings';

export function TrainingTable({ locale, history }: { locale: Locale; history: History }) {
  const t = trainingStrings[locale];
  const nearestTrain = (step: number) => {
    let best = history.train[0];
    for (const p of history.train) if (Math.abs(p.step - step) < Math.abs((best?.step ?? 0) - step)) best = p;
    return best ? fixed(best.loss, 3) : '';
  };
  return (
    <table className="tr-table">
      <caption>{t.lossChart}</caption>
      <thead>
        <tr>
          <th scope="col">{t.colStep}</th>
          <th scope="col">{t.colTrain}</th>
          <th scope="col">{t.colHeldOut}</th>
          {history.evals[0]?.copy !== undefined && <th scope="col">{t.copyCurve}</th>}
        </tr>
      </thead>
      <tbody>
        {history.evals.map((e) => (
          <tr key={e.step}>
            <td>{e.step}</td>
            <td>{nearestTrain(e.step)}</td>
            <td>{fixed(e.heldOut, 3)}</td>
            {e.copy !== undefined && <td>{fixed(e.copy, 3)}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
