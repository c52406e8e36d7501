'use client';
/**
 * The newest token's path through the model, drawn as it happens: the text's last
 * tokens along the top (the token being read outlined), its embedding, then per
 * layer one thin row per head whose cells light up with the attention its query
 * pays to each earlier token, then the next-token probabilities as bars, and the
 * drawn token appearing at the end of the text. `progress` (0 … phases) says how far
 * the step's animation has got; each part fades in during its own phase. The parts
 * that do not move are memoised, so a frame only restyles a few groups.
 */
import { memo } from 'react';
import { useLabelScale } from '@/components/widget/useLabelPx';
import { tokenText } from '@/lib/widgets/tokenText';
import { percent } from '@/lib/widgets/format';
import { phaseShare } from './useStepAnimation';
import type { GenerationStrings } from './strings';

export interface Bar {
  id: number;
  token: string;
  p: number;
  drawn: boolean;
}

interface PathPictureProps {
  t: GenerationStrings;
  /** Tokens of the text: the step's input, then the drawn token (if any). */
  tokens: string[];
  /** Index of the token being read (the last of the step's input), or −1 before the first step. */
  processed: number;
  /** The read token's attention: [layer][head][key] over tokens 0 … processed. */
  attention: number[][][];
  /** The read token's embedding (token + position). */
  embedding: number[];
  bars: Bar[];
  progress: number;
  width: number;
  /** Only the tokens (the compact variant draws the cache instead of the path). */
  tokensOnly: boolean;
  label: string;
}

const LABEL_W = 84;
const COL_W = 34;
const TOKEN_H = 24;
const CELL_H = 7;
const LAYER_GAP = 10;
const BAR_H = 18;

/** Index of the first token drawn: as many of the last tokens as fit. */
export function firstVisible(count: number, width: number): number {
  return Math.max(0, count - Math.max(4, Math.floor((width - LABEL_W) / COL_W)));
}

const TokenRow = memo(function TokenRow({ tokens, first, processed, appendShare }: { tokens: string[]; first: number; processed: number; appendShare: number }) {
  return (
    <g className="gen-tokens">
      {first > 0 && (
        <text x={LABEL_W - 6} y={TOKEN_H / 2} className="gen-muted" textAnchor="end" dominantBaseline="central">
          …
        </text>
      )}
      {tokens.slice(first).map((token, i) => {
        const index = first + i;
        const appended = index > processed && processed >= 0;
        return (
          <g key={index} transform={`translate(${LABEL_W + i * COL_W},0)`} opacity={appended ? appendShare : 1} data-token-index={index}>
            <rect width={COL_W - 3} height={TOKEN_H - 2} rx={3} className={index === processed ? 'gen-token gen-token-read' : appended ? 'gen-token gen-token-new' : 'gen-token'} />
            <text x={(COL_W - 3) / 2} y={TOKEN_H / 2} textAnchor="middle" dominantBaseline="central" className="gen-token-text">
              {tokenText(token).slice(0, 4)}
            </text>
          </g>
        );
      })}
    </g>
  );
});

const HeadRows = memo(function HeadRows({ weights, first, processed }: { weights: number[][]; first: number; processed: number }) {
  return (
    <>
      {weights.map((row, h) =>
        row
          .slice(first, processed + 1)
          .map((w, i) => <rect key={`${h}-${i}`} x={LABEL_W + i * COL_W} y={h * CELL_H} width={COL_W - 3} height={CELL_H - 1} className="gen-attention" fillOpacity={Math.sqrt(w)} />),
      )}
    </>
  );
});

/** The picture's smallest label (layer names, values): on a slide the whole picture is magnified until it reaches the label size. */
const SMALLEST_LABEL_PX = 11;

export function PathPicture({ t, tokens, processed, attention, embedding, bars, progress, width: drawnWidth, tokensOnly, label }: PathPictureProps) {
  const scale = useLabelScale(SMALLEST_LABEL_PX);
  const width = drawnWidth / scale;
  const layers = attention.length;
  const heads = layers ? attention[0].length : 0;
  const first = firstVisible(tokens.length, width);
  const col = processed - first;
  const layerH = heads * CELL_H + LAYER_GAP;
  const layersTop = TOKEN_H + 28;
  const barsTop = layersTop + layers * layerH + 12;
  const height = tokensOnly || processed < 0 ? TOKEN_H + 4 : barsTop + 22 + bars.length * BAR_H;
  const maxAbs = Math.max(1e-9, ...embedding.map(Math.abs));
  const stripes = embedding.slice(0, 8);
  const barScale = (width - LABEL_W - 64) / Math.max(1e-9, ...bars.map((b) => b.p));
  const embedShare = phaseShare(progress, 0);

  return (
    <svg className="gen-svg" width={drawnWidth} height={height * scale} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
      <TokenRow tokens={tokens} first={first} processed={processed} appendShare={phaseShare(progress, layers + 2)} />
      {!tokensOnly && processed >= 0 && (
        <>
          <g className="gen-embedding" opacity={embedShare} transform={`translate(0,${TOKEN_H + 4 + (1 - embedShare) * -10})`}>
            <text x={LABEL_W - 6} y={9} textAnchor="end" dominantBaseline="central" className="gen-label">
              {t.embedding}
            </text>
            {stripes.map((v, i) => (
              <rect
                key={i}
                x={LABEL_W + col * COL_W + (i * (COL_W - 3)) / stripes.length}
                y={2}
                width={(COL_W - 3) / stripes.length}
                height={14}
                className={v >= 0 ? 'gen-embed-pos' : 'gen-embed-neg'}
                fillOpacity={Math.abs(v) / maxAbs}
              />
            ))}
          </g>
          {attention.map((weights, l) => (
            <g key={l} transform={`translate(0,${layersTop + l * layerH})`} data-layer-row={l}>
              <text x={LABEL_W - 6} y={(heads * CELL_H) / 2} textAnchor="end" dominantBaseline="central" className="gen-label">
                {t.layer(l + 1)}
              </text>
              <rect x={LABEL_W + col * COL_W - 1} y={-1} width={COL_W - 1} height={heads * CELL_H + 1} className="gen-read-column" />
              <g opacity={phaseShare(progress, 1 + l)}>
                <HeadRows weights={weights} first={first} processed={processed} />
              </g>
            </g>
          ))}
          <g transform={`translate(0,${barsTop})`} opacity={Math.min(1, phaseShare(progress, layers + 1) * 2)} className="gen-bars">
            <text x={0} y={8} className="gen-label-strong" dominantBaseline="central">
              {t.distribution}
            </text>
            {bars.map((bar, i) => (
              <g key={bar.id} transform={`translate(0,${22 + i * BAR_H})`} data-bar-token={bar.id}>
                <text x={LABEL_W - 6} y={BAR_H / 2 - 1} textAnchor="end" dominantBaseline="central" className="gen-token-text">
                  {tokenText(bar.token)}
                </text>
                <rect x={LABEL_W} y={2} height={BAR_H - 5} width={Math.max(1, bar.p * barScale * phaseShare(progress, layers + 1))} className={bar.drawn ? 'gen-bar gen-bar-drawn' : 'gen-bar'} />
                <text x={LABEL_W + bar.p * barScale + 4} y={BAR_H / 2 - 1} dominantBaseline="central" className="gen-value">
                  {percent(bar.p)}
                  {bar.drawn && progress >= layers + 2 ? ` · ${t.drawn}` : ''}
                </text>
              </g>
            ))}
          </g>
        </>
      )}
    </svg>
  );
}
