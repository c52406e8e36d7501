/**
 * One widget's requests to the model worker, asked for as early as the widget knows
 * them. A text box can ask for the new text's pass in its input handler, before React
 * renders the keystroke, so the worker computes while the page renders the box; the
 * render that follows wants the same task and finds it already on its way, so nothing
 * is sent twice (a second request would replace the first, and the worker would start
 * again from the beginning).
 *
 * Only an answer for the task wanted now is handed on: an answer for any other task
 * (the reader typed on, or went back to the text already shown) is dropped, never
 * drawn, on top of the channel's own latest-request rule (./latest.ts).
 */
import type { TinyModel } from '../types';
import type { ModelChannel } from './client';
import type { ModelTask, ResultOf } from './protocol';

/** A task's answer, with the model and the task (and its JSON, `key`) it is for. */
export interface TaskAnswer<T extends ModelTask> {
  model: TinyModel;
  key: string;
  task: T;
  result: ResultOf<T>;
}

interface Asked {
  model: TinyModel;
  key: string;
}

const same = (a: Asked | null, model: TinyModel, key: string) => a !== null && a.model === model && a.key === key;

export class WantedTask<T extends ModelTask> {
  private wanted: Asked | null = null;
  /** The request on its way: the channel's latest, not answered yet. */
  private onItsWay: Asked | null = null;

  constructor(
    private readonly channel: ModelChannel,
    private readonly onAnswer: (answer: TaskAnswer<T>) => void,
    private readonly onError: (message: string) => void,
  ) {}

  /**
   * `task` on `model` is what the widget shows next. Unless its answer is already on
   * screen (`shown`) or on its way, it is asked for; from now on an answer for any other
   * task is dropped.
   */
  want(model: TinyModel, task: T, shown: boolean, key = JSON.stringify(task)): void {
    this.wanted = { model, key };
    if (shown || same(this.onItsWay, model, key)) return;
    const asked = { model, key };
    this.onItsWay = asked;
    this.channel.run(
      model,
      task,
      (result) => {
        if (this.onItsWay === asked) this.onItsWay = null;
        if (same(this.wanted, model, key)) this.onAnswer({ model, key, task, result });
      },
      (message) => {
        if (this.onItsWay === asked) this.onItsWay = null;
        this.onError(message);
      },
    );
  }
}
