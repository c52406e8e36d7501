/**
 * A button that copies a link to one section (beside headings and glossary terms).
 * Static markup; the site script does the copying and announces it.
 */
import { COPY_BUTTON } from '@/lib/markup/chrome';

interface CopyLinkProps {
  /** The fragment to link to, e.g. '#softmax'. */
  target: string;
  /** Accessible name, e.g. 'Copy link to section “Softmax”'. */
  label: string;
  /** Announced after copying. */
  copiedLabel: string;
}

export function CopyLink({ target, label, copiedLabel }: CopyLinkProps) {
  return (
    <button type="button" className="copy-link" {...{ [COPY_BUTTON.link]: target, [COPY_BUTTON.copied]: copiedLabel }} aria-label={label} title={label}>
      <span aria-hidden="true">#</span>
      <span className={COPY_BUTTON.status} role="status" />
    </button>
  );
}
