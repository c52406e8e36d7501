/**
 * The link of `<AttentionByHand />`: the query and the three keys as they were dragged,
 * written `vectors=1.5,0.5;2,0.5;-1,1.5;0.5,-2` (query first). A link with the wrong
 * number of vectors, a non-number or a point off the plane is refused as a whole.
 */
import type { ParamSpec, Schema } from '@/lib/widgets/urlState';
import type { Vec2 } from './math';

export const START: Vec2[] = [
  [1.5, 0.5],
  [2, 0.5],
  [-1, 1.5],
  [0.5, -2],
];

/** Shortest text for a coordinate (dragging gives long binary fractions). */
const coordinate = (x: number) => String(Number(x.toFixed(3)));

export function vectorsParam(defaultValue: Vec2[], limit: number): ParamSpec<Vec2[]> {
  return {
    default: defaultValue,
    parse: (raw) => {
      const points = raw.split(';').map((pair) => pair.split(',').map((part) => (/^-?(\d+\.?\d*|\.\d+)$/.test(part.trim()) ? Number(part) : NaN)));
      const valid = points.length === defaultValue.length && points.every((p) => p.length === 2 && p.every((x) => Math.abs(x) <= limit));
      return valid ? (points as Vec2[]) : undefined;
    },
    format: (vectors) => vectors.map((v) => v.map(coordinate).join(',')).join(';'),
  };
}

export interface ByHandState {
  vectors: Vec2[];
}

export const byHandSchema = (limit: number): Schema<ByHandState> => ({ vectors: vectorsParam(START, limit) });
