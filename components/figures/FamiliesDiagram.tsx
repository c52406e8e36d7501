/**
 * The three transformer families side by side: encoder-only (BERT),
 * decoder-only (GPT-3) and encoder-decoder (T5), each with what it reads,
 * what it produces, its attention mask in miniature and what it is good at.
 */
import { DiagramFigure, type FigureBaseProps } from './DiagramFigure';
import { common, defineLabels } from './labels';
import { maskGrid, type MaskKind } from './MaskDiagram';
import { Arrow, Box, FONT, Text, wrapText } from './primitives';

const labels = defineLabels({
  en: {
    encOnly: 'Encoder-only',
    decOnly: 'Decoder-only',
    encDec: 'Encoder–decoder',
    encIn: 'the whole text',
    encOut: 'one vector per token',
    decIn: 'the text so far',
    decOut: 'the next token',
    encDecIn: 'source text',
    encDecOut: 'target text',
    encMask: 'sees every token',
    decMask: 'sees earlier tokens only',
    encDecMask: 'encoder: all; decoder: earlier',
    encUse: 'understanding: classify, search',
    decUse: 'generation: chat, writing, code',
    encDecUse: 'conversion: translate, summarise',
    example: 'e.g. ',
  },
  zh: {
    encOnly: '仅编码器',
    decOnly: '仅解码器',
    encDec: '编码器-解码器',
    encIn: '整段文本',
    encOut: '每个词元一个向量',
    decIn: '已有的文本',
    decOut: '下一个词元',
    encDecIn: '源文本',
    encDecOut: '目标文本',
    encMask: '看得见所有词元',
    decMask: '只看得见前面的词元',
    encDecMask: '编码器看全部，解码器只看前面',
    encUse: '理解：分类、检索',
    decUse: '生成：对话、写作',
    encDecUse: '转换：翻译、摘要',
    example: '例：',
  },
});

const W = 420;
const COL = W / 3;
const CELL = 9;

function MiniMask({ x, y, kind }: { x: number; y: number; kind: MaskKind }) {
  return (
    <g>
      {maskGrid(kind, 5, 5).map((row, i) =>
        row.map((allowed, j) => (
          <rect
            key={`${i}-${j}`}
            x={x + j * CELL}
            y={y + i * CELL}
            width={CELL - 1}
            height={CELL - 1}
            fill={allowed ? 'var(--accent)' : 'var(--surface)'}
            stroke={allowed ? 'none' : 'var(--border)'}
          />
        )),
      )}
    </g>
  );
}

export function FamiliesDiagram({ caption, alt, locale }: FigureBaseProps) {
  const t = { ...common[locale], ...labels[locale] };
  const families = [
    { title: t.encOnly, input: t.encIn, output: t.encOut, mask: t.encMask, use: t.encUse, model: 'BERT', tone: 'accent-3' as const },
    { title: t.decOnly, input: t.decIn, output: t.decOut, mask: t.decMask, use: t.decUse, model: 'GPT-3', tone: 'accent' as const },
    { title: t.encDec, input: t.encDecIn, output: t.encDecOut, mask: t.encDecMask, use: t.encDecUse, model: 'T5', tone: 'accent-4' as const },
  ];
  const noteW = COL - 14;
  const lineH = FONT.small * 1.2;
  const masks = families.map((f) => wrapText(f.mask, noteW, FONT.small));
  const uses = families.map((f) => wrapText(f.use, noteW, FONT.small));
  const linesOf = (s: string) => s.split('\n').length;
  const maskTop = 254;
  const useTop = maskTop + Math.max(...masks.map(linesOf)) * lineH + 10;
  const exampleY = useTop + Math.max(...uses.map(linesOf)) * lineH + 16;
  const height = exampleY + 16;
  return (
    <DiagramFigure name="FamiliesDiagram" width={W} height={height} caption={caption} alt={alt} maxScale={1.5}>
      {families.map((f, i) => {
        const cx = COL * (i + 0.5);
        const boxX = cx - 48;
        return (
          <g key={i}>
            {i > 0 && <line x1={COL * i} x2={COL * i} y1={8} y2={height - 8} stroke="var(--border)" />}
            <Text x={cx} y={18} text={f.title} weight={700} size={13.5} />
            <Text x={cx} y={46} text={f.input} size={FONT.small} color="var(--muted)" />
            <Arrow
              points={[
                [cx, 56],
                [cx, 72],
              ]}
            />
            {i === 0 && <Box x={boxX} y={72} width={96} height={78} label={t.encoder} tone="accent-3" />}
            {i === 1 && <Box x={boxX} y={72} width={96} height={78} label={t.decoder} tone="accent" />}
            {i === 2 && (
              <>
                <Box x={boxX} y={72} width={96} height={32} label={t.encoder} tone="accent-3" />
                <Arrow
                  points={[
                    [cx, 104],
                    [cx, 118],
                  ]}
                />
                <Box x={boxX} y={118} width={96} height={32} label={t.decoder} tone="accent" />
              </>
            )}
            <Arrow
              points={[
                [cx, 150],
                [cx, 166],
              ]}
            />
            <Text x={cx} y={178} text={f.output} size={FONT.small} color="var(--muted)" />
            {i === 2 ? (
              <>
                <MiniMask x={cx - 5 * CELL - 4} y={198} kind="bidirectional" />
                <MiniMask x={cx + 4} y={198} kind="causal" />
              </>
            ) : (
              <MiniMask x={cx - (5 * CELL) / 2} y={198} kind={i === 0 ? 'bidirectional' : 'causal'} />
            )}
            <Text x={cx} y={maskTop + ((linesOf(masks[i]) - 1) * lineH) / 2} text={masks[i]} size={FONT.small} />
            <Text x={cx} y={useTop + ((linesOf(uses[i]) - 1) * lineH) / 2} text={uses[i]} size={FONT.small} color="var(--muted)" />
            <Text x={cx} y={exampleY} text={`${t.example}${f.model}`} weight={700} color={`var(--${f.tone})`} />
          </g>
        );
      })}
    </DiagramFigure>
  );
}
