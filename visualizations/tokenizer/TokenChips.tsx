/**
 * Tokens as chips: each chip has a visible border and one of four tints in
 * turn (so neighbours differ by more than colour), the token's text with
 * spaces and line breaks made visible, and its id underneath. A fragment of a
 * character's UTF-8 bytes is written as its hex bytes ‹E4 B9›, never as a
 * replacement glyph.
 * Optionally a chip is a button that selects the token (its accessible name then
 * starts with its visible text, followed by the spoken description).
 */
import type { Piece, TokenView } from './math';
import { hex } from './math';
import type { TokenizerStrings } from './strings';

/** Text with its invisible characters made visible. */
export function visible(text: string): string {
  return text.replace(/ /g, '␣').replace(/\n/g, '↵').replace(/\t/g, '⇥');
}

function pieceLabel(p: Piece, t: TokenizerStrings): string {
  if (p.kind === 'text') return p.text;
  return t.fragmentLabel(hex(p.bytes), p.char, hex(p.charBytes));
}

/** The accessible name of a chip. */
export function chipLabel(v: TokenView, t: TokenizerStrings): string {
  if (!v.fragment) return t.chipLabel(v.pieces.map((p) => (p.kind === 'text' ? p.text : '')).join(''), v.id);
  return `${v.pieces.map((p) => pieceLabel(p, t)).join(' + ')}; id ${v.id}`;
}

function PieceText({ piece }: { piece: Piece }) {
  if (piece.kind === 'bytes') return <span className="tok-bytes">‹{hex(piece.bytes)}›</span>;
  return (
    <>
      {Array.from(piece.text).map((ch, i) =>
        ch === ' ' || ch === '\n' || ch === '\t' ? (
          <span key={i} className="tok-ws">
            {visible(ch)}
          </span>
        ) : (
          ch
        ),
      )}
    </>
  );
}

interface TokenChipsProps {
  views: TokenView[];
  /** Accessible name of the list. */
  label: string;
  t: TokenizerStrings;
  /** Smaller chips (side-by-side comparison). */
  compact?: boolean;
  /** Makes each chip a button selecting its index. */
  onSelect?: (index: number) => void;
  selected?: number;
  /** Show at most this many chips (the rest are counted, not drawn). */
  limit?: number;
}

export function TokenChips({ views, label, t, compact = false, onSelect, selected, limit = Infinity }: TokenChipsProps) {
  const shown = views.slice(0, limit);
  return (
    <ol className={compact ? 'tok-chips tok-chips-compact' : 'tok-chips'} aria-label={label}>
      {shown.map((v, i) => {
        const className = `tok-chip tok-tint-${i % 4}${v.fragment ? ' tok-fragment' : ''}${selected === i ? ' tok-selected' : ''}`;
        const body = (
          <>
            <span className="tok-text">
              {v.pieces.map((p, k) => (
                <PieceText key={k} piece={p} />
              ))}
            </span>
            <span className="tok-id">{v.id}</span>
          </>
        );
        return (
          <li key={i} className={onSelect ? 'tok-item' : undefined}>
            {onSelect ? (
              <button type="button" className={className} aria-pressed={selected === i} onClick={() => onSelect(i)}>
                {body}
                <span className="sr-only">{`: ${chipLabel(v, t)}`}</span>
              </button>
            ) : (
              <span className={className} aria-label={chipLabel(v, t)} role="img">
                {body}
              </span>
            )}
          </li>
        );
      })}
      {views.length > shown.length && <li className="tok-more">+{views.length - shown.length}</li>}
    </ol>
  );
}
