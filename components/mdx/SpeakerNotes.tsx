/**
 * `<SpeakerNotes>…</SpeakerNotes>`: what a teacher wants to remember while presenting a
 * chapter. Readers never see it: the chapter page renders nothing, and the presenter
 * view keeps the notes out of the slides and shows them only in its separate notes view
 * (`/<locale>/<slug>/present/?notes=1`), which the teacher opens on a second screen.
 */
import type { ReactNode } from 'react';

interface SpeakerNotesProps {
  children?: ReactNode;
  /** 'present' on the presenter page, where the notes are kept for the notes view. */
  mode: 'page' | 'present';
}

export function SpeakerNotes({ children, mode }: SpeakerNotesProps) {
  if (mode !== 'present') return null;
  return <div className="speaker-notes">{children}</div>;
}
