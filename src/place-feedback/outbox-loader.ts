/**
 * Loads the delivery side (outbox.ts, built alongside by the delivery work) when the resident first
 * sends, so it is not in the page's first download. Through `import.meta.glob` so that the build, the
 * dev server and Storybook still work while outbox.ts is not in the tree: then sending fails with a
 * clear error instead of the whole build failing. Once outbox.ts is committed this is equivalent to
 * `import('./outbox.js')`.
 */
import type { Outbox } from './place-feedback.js';

declare global {
  interface ImportMeta {
    glob<T>(pattern: string): Record<string, () => Promise<T>>;
  }
}

export async function loadOutbox(): Promise<Outbox> {
  const load = import.meta.glob<Outbox>('./outbox.ts')['./outbox.ts'];
  if (!load) throw new Error('place-feedback: src/place-feedback/outbox.ts is missing, so nothing can be sent.');
  return load();
}
