/**
 * From text to vectors: the author's text, the tokens it splits into, each
 * token's id in a toy vocabulary, and its embedding vector drawn as bars.
 * Ids and bars are computed, so a repeated token visibly gets the same id and
 * the same vector.
 */
import { createRng } from '@/lib/model/rng';
import { DiagramFigure, type FigureBaseProps } from './DiagramFigure';
import { defineLabels } from './labels';
import { Arrow, Box, FONT, Text, estimateTextWidth, wrapText } from './primitives';

const labels = defineLabels({
  en: {
    text: 'Text',
    token: 'token',
    id: 'id',
    vector: 'embedding\n(schematic)',
    note: 'ids: each token’s place in a toy vocabulary made of these tokens, sorted. The same token always gets the same id and the same vector.',
  },
  zh: {
    text: '文本',
    token: '词元',
    id: '编号',
    vector: '嵌入向量\n（示意）',
    note: '编号：词元在一个由这些词元排序而成的玩具词表中的位置。同一个词元总是得到同一个编号和同一个向量。',
  },
});

/** Ids in a toy vocabulary: the distinct tokens sorted by code point, numbered from 0. */
export function toyVocabularyIds(tokens: readonly string[]): number[] {
  const vocabulary = [...new Set(tokens)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return tokens.map((token) => vocabulary.indexOf(token));
}

/** A deterministic stand-in embedding for an id: `dims` values in [−1, 1]. */
export function schematicEmbedding(id: number, dims = 8): number[] {
  const random = createRng(id + 1);
  return Array.from({ length: dims }, () => random() * 2 - 1);
}

/** Spaces made visible (BPE tokens often start with one) and long tokens shortened. */
function displayToken(token: string): string {
  const visible = token.replace(/ /g, '␣');
  return [...visible].length > 13 ? `${[...visible].slice(0, 12).join('')}…` : visible;
}

interface TokenizationDiagramProps extends FigureBaseProps {
  /** The text before tokenization. */
  text: string;
  /** The tokens, in order, exactly as the tokenizer returns them. */
  tokens: string[];
}

const W = 400;
const ROW = 36;
const CHIP_X = 14;
const CHIP_W = 140;
const ID_X = 184;
const ID_W = 52;
const BARS_X = 266;
const BAR_W = 11;
const BAR_GAP = 4;

export function TokenizationDiagram({ caption, alt, locale, text, tokens }: TokenizationDiagramProps) {
  const t = labels[locale];
  const ids = toyVocabularyIds(tokens);
  const textLines = wrapText(`“${text}”`, W - 28, FONT.label);
  const textHeight = textLines.split('\n').length * FONT.label * 1.2;
  const headerY = 30 + textHeight + 26;
  const rowsY = headerY + 30;
  const note = wrapText(t.note, W - 28, FONT.small);
  const noteY = rowsY + tokens.length * ROW + 10;
  const noteHeight = note.split('\n').length * FONT.small * 1.2;
  const height = noteY + noteHeight + 8;
  return (
    <DiagramFigure name="TokenizationDiagram" width={W} height={height} caption={caption} alt={alt}>
      <Text x={14} y={14} text={t.text} anchor="start" size={FONT.small} color="var(--muted)" />
      <Text x={14} y={30 + textHeight / 2 - 4} text={textLines} anchor="start" />
      <Text x={CHIP_X + CHIP_W / 2} y={headerY} text={t.token} size={FONT.small} color="var(--muted)" />
      <Text x={ID_X + ID_W / 2} y={headerY} text={t.id} size={FONT.small} color="var(--muted)" />
      <Text x={BARS_X + 60} y={headerY} text={t.vector} size={FONT.small} color="var(--muted)" />
      {tokens.map((token, i) => {
        const y = rowsY + i * ROW;
        const label = displayToken(token);
        const chipW = Math.min(CHIP_W, Math.max(44, estimateTextWidth(label, FONT.label) + 16));
        const chipX = CHIP_X + CHIP_W - chipW;
        const mid = y + 14;
        const values = schematicEmbedding(ids[i]);
        return (
          <g key={i} data-token={token} data-id={ids[i]}>
            <Box x={chipX} y={y} width={chipW} height={28} tone="accent">
              <text x={chipX + chipW / 2} y={mid} textAnchor="middle" dominantBaseline="central" fontSize={FONT.label} fontFamily="var(--font-mono)" fill="var(--fg)">
                {label}
              </text>
            </Box>
            <Arrow
              points={[
                [CHIP_X + CHIP_W + 4, mid],
                [ID_X - 4, mid],
              ]}
            />
            <Box x={ID_X} y={y} width={ID_W} height={28} tone="accent-2" label={String(ids[i])} />
            <Arrow
              points={[
                [ID_X + ID_W + 4, mid],
                [BARS_X - 6, mid],
              ]}
            />
            <line x1={BARS_X} x2={BARS_X + 8 * (BAR_W + BAR_GAP) - BAR_GAP} y1={mid} y2={mid} stroke="var(--border)" />
            <g data-embedding="">
              {values.map((v, d) => (
                <rect key={d} x={BARS_X + d * (BAR_W + BAR_GAP)} y={v >= 0 ? mid - v * 13 : mid} width={BAR_W} height={Math.abs(v) * 13} fill={v >= 0 ? 'var(--accent-3)' : 'var(--accent-4)'} />
              ))}
            </g>
          </g>
        );
      })}
      <Text x={14} y={noteY + noteHeight / 2} text={note} anchor="start" size={FONT.small} color="var(--muted)" />
    </DiagramFigure>
  );
}
