/**
 * The training worker's loop, apart from the worker itself so tests can drive
 * it: runs `stepsPerTick` steps, reports their losses, evaluates on held-out
 * data every few steps, writes a sample now and then for text tasks, and
 * yields between ticks so pause, speed and weight requests are handled
 * promptly. It stops by itself at the step target.
 */
import { createRng, generate } from '@/lib/model';
import type { TrainingSession } from '@/lib/train/session';
import type { FromWorker, ToWorker } from './protocol';
import { createSession, type TrainSetup } from './setup';

/** Steps between evaluations (attention maps, induction scores, held-out loss). */
export function evalEvery(setup: TrainSetup): number {
  return setup.task === 'copy' ? 20 : setup.task === 'text' ? 25 : 10;
}

/** Steps between samples for the text tasks. */
export const SAMPLE_EVERY = 100;

export const SAMPLE_PROMPT: Record<string, string> = { en: 'The ', zh: '我们' };

export class TrainerLoop {
  private session: TrainingSession | null = null;
  private setup: TrainSetup | null = null;
  private running = false;
  private stepsPerTick = 2;
  private scheduled = false;
  private elapsedMs = 0;

  constructor(
    private readonly post: (message: FromWorker) => void,
    private readonly schedule: (tick: () => void) => void = (tick) => setTimeout(tick, 0),
  ) {}

  handle(message: ToWorker): void {
    try {
      if (message.type === 'start') this.start(message.setup);
      else if (message.type === 'pause') this.pause();
      else if (message.type === 'resume') this.resume(message.stepsTarget);
      else if (message.type === 'speed') this.stepsPerTick = Math.max(1, Math.min(50, Math.round(message.stepsPerTick)));
      else if (message.type === 'weights') this.sendWeights();
    } catch (e) {
      this.running = false;
      this.post({ type: 'error', message: e instanceof Error ? e.message : String(e) });
    }
  }

  private start(setup: TrainSetup): void {
    this.setup = setup;
    this.session = createSession(setup);
    this.elapsedMs = 0;
    const { config, vocab } = this.session.options.meta;
    this.post({ type: 'ready', config, vocab, parameters: this.session.model.params.length, trainable: this.session.trainable });
    this.post({ type: 'eval', evaluation: this.session.evaluate() });
    if (setup.task !== 'copy') this.sample();
    this.running = true;
    this.queue();
  }

  private pause(): void {
    this.running = false;
    if (this.session) this.post({ type: 'paused', step: this.session.step });
  }

  private resume(stepsTarget?: number): void {
    if (!this.session || !this.setup) return;
    if (stepsTarget !== undefined) this.setup = { ...this.setup, stepsTarget };
    if (this.session.step >= this.setup.stepsTarget) return;
    this.running = true;
    this.queue();
  }

  private queue(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    this.schedule(() => {
      this.scheduled = false;
      this.tick();
    });
  }

  /** Runs one batch of steps; public so tests can step without timers. */
  tick(): void {
    const session = this.session;
    const setup = this.setup;
    if (!this.running || !session || !setup) return;
    const losses: number[] = [];
    const t0 = performance.now();
    const every = evalEvery(setup);
    try {
      for (let k = 0; k < this.stepsPerTick && session.step < setup.stepsTarget; k++) {
        losses.push(session.trainStep());
        if (setup.task !== 'copy' && session.step % SAMPLE_EVERY === 0) this.sample();
        if (session.step % every === 0) {
          this.elapsedMs += performance.now() - t0;
          this.post({ type: 'progress', step: session.step, losses: losses.splice(0), tokens: session.tokens, elapsedMs: this.elapsedMs });
          this.post({ type: 'eval', evaluation: session.evaluate() });
          return this.afterTick(setup, session);
        }
      }
    } catch (e) {
      this.running = false;
      this.post({ type: 'error', message: e instanceof Error ? e.message : String(e) });
      return;
    }
    this.elapsedMs += performance.now() - t0;
    this.post({ type: 'progress', step: session.step, losses, tokens: session.tokens, elapsedMs: this.elapsedMs });
    this.afterTick(setup, session);
  }

  private afterTick(setup: TrainSetup, session: TrainingSession): void {
    if (session.step >= setup.stepsTarget) {
      this.running = false;
      this.post({ type: 'eval', evaluation: session.evaluate() });
      if (setup.task !== 'copy') this.sample();
      this.post({ type: 'done', step: session.step });
      return;
    }
    this.queue();
  }

  private sample(): void {
    const session = this.session!;
    const model = session.tinyModel;
    const prompt = SAMPLE_PROMPT[model.locale] ?? '';
    const text = generate(model, prompt, { maxNewTokens: 60, temperature: 0.8, rng: createRng(1000 + session.step) });
    this.post({ type: 'sample', step: session.step, text: prompt + text });
  }

  private sendWeights(): void {
    if (!this.session) return;
    const { config, vocab, merges = [], byteFallback = false } = this.session.options.meta;
    this.post({ type: 'weights', params: Float32Array.from(this.session.model.params), config, vocab, merges, byteFallback });
  }
}
