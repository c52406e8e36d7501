/**
 * The calculator's shareable state: every input, as URL parameters. Defaults
 * are the challenges chapter's worked example (GPT-3 on an A100 cluster), so an
 * unmodified link reproduces the numbers in the text.
 *
 * n: parameters N · d: training tokens D · peak: TFLOP/s per accelerator ·
 * util: percent of peak · gpus: accelerators · price: USD per accelerator-hour ·
 * notation: how large numbers are written ('words' or 'sci').
 */
import { enumParam, intParam, numberParam, type Schema, type StateOf } from '@/lib/widgets/urlState';

export const computeSchema = {
  n: numberParam(175e9, 1, 1e16),
  d: numberParam(300e9, 1, 1e17),
  peak: numberParam(312, 0.001, 1e6),
  util: numberParam(40, 0.1, 100),
  gpus: intParam(1024, 1, 10_000_000),
  price: numberParam(2, 0.000001, 10_000),
  notation: enumParam('words', ['words', 'sci'] as const),
} satisfies Schema;

export type ComputeState = StateOf<typeof computeSchema>;
