/**
 * A training run that can be advanced one step at a time: the model, its
 * optimiser (over all weights, or over a LoRA adapter), a data source and a
 * held-out evaluation with the attention maps and, for the copy task, each
 * head's induction score.
 *
 * The browser's training worker and the Node scripts and tests all drive this
 * one class, so what the reader runs is what the tests check. Evaluation uses
 * lib/model's inference forward pass on the live weights (shared, not copied).
 */
import { logSumExp } from '../math/attention';
import { forward } from '../model/forward';
import { parameterCount } from '../model/layout';
import { createRng } from '../model/rng';
import type { Rng, TinyModel } from '../model/types';
import { createModel, type ModelMeta } from '../model/weights';
import { AdamW } from './adamw';
import { inductionScore } from './induction';
import { LoraAdapter } from './lora';
import { TrainableModel } from './model';
import { copySequence, predictablePositions, probeSequence, type CopySequence, type CopyTaskOptions } from './tasks/copy';
import { evenWindows, randomWindow } from './tasks/text';

export interface DataSource {
  /** Tokens the model reads per sequence. */
  context: number;
  /** Fills B sequences of `context` inputs and their next-token targets. */
  nextBatch(rng: Rng, B: number, inputs: Int32Array, targets: Int32Array): void;
  /** Fixed held-out windows of context + 1 tokens. */
  heldOut: Int32Array[];
  /** For the copy task: the held-out sequences with where their second copy is. */
  copies?: CopySequence[];
}

/**
 * Copy-pattern batches; held out, the probe sequences (half the context, then
 * its copy), drawn from their own seed so they never appear in training.
 */
export function copySource(task: CopyTaskOptions, seed: number, heldOutCount = 8): DataSource {
  const heldRng = createRng(seed + 7919);
  const copies = Array.from({ length: heldOutCount }, () => probeSequence(heldRng, task));
  return {
    context: task.context,
    heldOut: copies.map((c) => c.ids),
    copies,
    nextBatch(rng, B, inputs, targets) {
      const T = task.context;
      for (let b = 0; b < B; b++) {
        const { ids } = copySequence(rng, task);
        inputs.set(ids.subarray(0, T), b * T);
        targets.set(ids.subarray(1, T + 1), b * T);
      }
    },
  };
}

/** Random windows over training ids; evenly spaced held-out windows. */
export function textSource(train: Int32Array, heldOut: Int32Array, context: number, heldOutCount = 8): DataSource {
  return {
    context,
    heldOut: evenWindows(heldOut, context, heldOutCount),
    nextBatch(rng, B, inputs, targets) {
      for (let b = 0; b < B; b++) {
        const w = randomWindow(rng, train, context);
        inputs.set(w.subarray(0, context), b * context);
        targets.set(w.subarray(1), b * context);
      }
    },
  };
}

export interface SessionOptions {
  meta: ModelMeta;
  data: DataSource;
  seed: number;
  batch: number;
  /** Peak learning rate, reached after `warmup` steps and then held. */
  lr: number;
  warmup: number;
  /** Starting weights (fine-tuning); otherwise GPT-2 initialisation from the seed. */
  init?: Float32Array;
  /** Train only a rank-r LoRA adapter on the attention projections. */
  loraRank?: number;
}

export interface Evaluation {
  step: number;
  /** Mean loss (nats per token) over the held-out windows. */
  heldOutLoss: number;
  /** Copy task: mean loss on the predictable tokens of the second copy. */
  copyLoss?: number;
  /** Attention of the first held-out sequence: [layer][head][query][key]. */
  attention: number[][][][];
  /** Tokens of that sequence. */
  tokens: string[];
  /** Copy task: mean induction score over the held-out sequences, [layer][head]. */
  induction?: number[][];
}

function rowLoss(row: readonly number[], target: number): number {
  return logSumExp(row) - row[target];
}

export class TrainingSession {
  readonly model: TrainableModel;
  readonly lora: LoraAdapter | null;
  readonly trainable: number;
  step = 0;
  tokens = 0;
  private readonly optimiser: AdamW;
  private readonly rng: Rng;
  private readonly inputs: Int32Array;
  private readonly targets: Int32Array;
  private readonly view: TinyModel;

  constructor(readonly options: SessionOptions) {
    const { meta, seed, batch, data } = options;
    this.model = new TrainableModel(meta.config);
    const rng = createRng(seed);
    if (options.init) this.model.params.set(options.init);
    else this.model.init(rng);
    if (options.loraRank) {
      this.lora = new LoraAdapter(meta.config, this.model.params, options.loraRank, rng);
      this.optimiser = new AdamW(new Uint8Array(this.lora.params.length));
      this.trainable = this.lora.params.length;
    } else {
      this.lora = null;
      this.optimiser = new AdamW(meta.config);
      this.trainable = parameterCount(meta.config);
    }
    this.rng = rng;
    this.inputs = new Int32Array(batch * data.context);
    this.targets = new Int32Array(batch * data.context);
    this.view = createModel(meta, this.model.params as Float32Array);
  }

  learningRate(step = this.step): number {
    const { lr, warmup } = this.options;
    return step < warmup ? (lr * (step + 1)) / warmup : lr;
  }

  /** One optimiser step on a fresh batch; returns the batch's mean loss before the update. */
  trainStep(): number {
    const { batch: B, data } = this.options;
    const T = data.context;
    data.nextBatch(this.rng, B, this.inputs, this.targets);
    if (this.lora) this.lora.merge(this.model.params);
    this.model.zeroGrad();
    const loss = this.model.forward(this.inputs, this.targets, B, T);
    this.model.backward();
    const lr = this.learningRate();
    if (this.lora) {
      this.lora.backward(this.model.grads);
      this.optimiser.step(this.lora.params, this.lora.grads, lr);
      this.lora.merge(this.model.params);
    } else {
      this.optimiser.step(this.model.params, this.model.grads, lr);
    }
    this.step++;
    this.tokens += B * T;
    return loss;
  }

  /** The current weights as a runnable model (shares the live buffer: copy it to keep a snapshot). */
  get tinyModel(): TinyModel {
    return this.view;
  }

  evaluate(): Evaluation {
    const { data } = this.options;
    const { nLayers, nHeads } = this.options.meta.config;
    let total = 0;
    let count = 0;
    let copyTotal = 0;
    let copyCount = 0;
    const induction = Array.from({ length: nLayers }, () => new Array<number>(nHeads).fill(0));
    let first: ReturnType<typeof forward> | null = null;
    data.heldOut.forEach((ids, k) => {
      const trace = forward(this.view, Array.from(ids.subarray(0, data.context)));
      if (k === 0) first = trace;
      trace.logits.forEach((row, p) => {
        total += rowLoss(row, ids[p + 1]);
        count++;
      });
      const seq = data.copies?.[k];
      if (!seq) return;
      for (const p of predictablePositions(seq)) {
        copyTotal += rowLoss(trace.logits[p], ids[p + 1]);
        copyCount++;
      }
      trace.layers.forEach((layer, l) =>
        layer.attention.forEach((head, h) => {
          induction[l][h] += inductionScore(head, seq.secondStart, seq.span) / data.heldOut.length;
        }),
      );
    });
    const trace = first as ReturnType<typeof forward> | null;
    return {
      step: this.step,
      heldOutLoss: total / Math.max(1, count),
      copyLoss: data.copies ? copyTotal / Math.max(1, copyCount) : undefined,
      attention: trace ? trace.layers.map((l) => l.attention) : [],
      tokens: trace ? trace.tokens : [],
      induction: data.copies ? induction : undefined,
    };
  }
}
