'use client';
/**
 * One family's column: its name and attention pattern, the sentence (and, for the
 * encoder-decoder, the translation) as token strips showing what the active token sees,
 * the mask matrices, and the training objective worked out on the sentence, with the
 * tasks it suits and its well-known example.
 */
import { SlideFold } from '@/components/widget/SlideFold';
import type { ReactNode } from 'react';
import type { FamilyText, FamiliesStrings } from './strings';

interface FamilyColumnProps {
  t: FamiliesStrings;
  text: FamilyText;
  /** "BERT (2018)" etc. */
  example: string;
  /** Token strips and mask matrices. */
  children: ReactNode;
  /** The objective worked out on the sentence. */
  objective: string;
  /** A note replacing the line under the strips (e.g. "pick a token of the sentence"). */
  note?: string;
  /** What the active token sees, in words. */
  summary: string | null;
}

export function FamilyColumn({ t, text, example, children, objective, note, summary }: FamilyColumnProps) {
  return (
    <section className="fam-col" aria-label={text.name}>
      <h4 className="fam-name">{text.name}</h4>
      <p className="fam-attention">{text.attention}</p>
      {children}
      <p className="fam-summary">{note ?? summary}</p>
      <SlideFold label={t.objectiveLabel}>
        <dl className="fam-facts">
          <dt>{t.objectiveLabel}</dt>
          <dd>
            <strong>{text.objective}</strong>
            <br />
            <span className="fam-example">{objective}</span>
          </dd>
          <dt>{t.tasksLabel}</dt>
          <dd>{text.tasks}</dd>
          <dt>{t.examples}</dt>
          <dd>{example}</dd>
        </dl>
      </SlideFold>
    </section>
  );
}
