/**
 * Worker-thread entry: trains one model and reports progress to the parent.
 *
 * train-all.ts trains the English and the Chinese model at the same time, one
 * per core, each in its own worker thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { runTraining, type RunPaths } from './run';

const { locale, paths, overrides } = workerData as { locale: 'en' | 'zh'; paths: RunPaths; overrides: Record<string, unknown> };
const summary = runTraining(locale, paths, overrides, (m) => parentPort?.postMessage({ type: 'progress', message: m }));
parentPort?.postMessage({ type: 'done', summary });
