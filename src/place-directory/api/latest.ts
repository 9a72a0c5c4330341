/**
 * Only the latest search reaches the API, and only its answer is used. Each `run` supersedes the one
 * before: a run still waiting for its pause never sends its request, a run whose request is on its way
 * has it aborted, and both reject with an `aborted` ApiError (which the element ignores: a later search
 * is coming). A run that asks to wait (`delay`: typing) starts only after that pause with no later run,
 * so a word typed at speed is one request. The same key as the run in flight joins it.
 */
import { ApiError } from './errors.js';

interface Run<T> {
  key: string;
  controller: AbortController;
  promise: Promise<T>;
  timer?: ReturnType<typeof setTimeout>;
  reject?: (error: unknown) => void;
}

export class Latest<T> {
  private current?: Run<T>;

  /** The key of the run in flight, if any. */
  get pending(): string | undefined {
    return this.current?.key;
  }

  run(key: string, task: (signal: AbortSignal) => Promise<T>, delay = 0): Promise<T> {
    if (this.current?.key === key) return this.current.promise;
    this.cancel();
    const controller = new AbortController();
    const run = { key, controller } as Run<T>;
    run.promise = new Promise<void>((resolve, reject) => {
      run.reject = reject;
      if (delay > 0) run.timer = setTimeout(resolve, delay);
      else resolve();
    })
      .then(() => task(controller.signal))
      .finally(() => {
        if (this.current === run) this.current = undefined;
      });
    this.current = run;
    return run.promise;
  }

  /** Gives up the run in flight (a later answer came from the cache, or the source is done). */
  cancel(): void {
    const run = this.current;
    if (!run) return;
    this.current = undefined;
    clearTimeout(run.timer);
    run.reject?.(new ApiError('aborted', 'A later search took its place.'));
    run.controller.abort();
  }
}
