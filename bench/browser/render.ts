/**
 * Page side of the render benchmark: time from connecting an element (connectedCallback runs as it is
 * appended) to its first painted content, with the feed already loaded.
 *
 * "Painted" is the first task after the next animation frame: lit renders in a microtask after the feed
 * resolves, the frame paints it, and a task queued from requestAnimationFrame runs after that paint.
 */
// @ts-expect-error: the production bundle, loaded at run time from the bench server.
import '/dist/placekit.js';

const SAMPLE = '/sample/feed.json';

export const afterPaint = () => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0)));

/** The element with its attributes; `feed` among them picks another feed than the sample. */
function create(tag: string, attributes: Record<string, string>): HTMLElement {
  const element = document.createElement(tag);
  element.setAttribute('feed', SAMPLE);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return element;
}

/** Connects `tag` and resolves at its first paint with content from the feed. */
function renderOnce(tag: string, attributes: Record<string, string>, host: HTMLElement): Promise<number> {
  const element = create(tag, attributes);
  return new Promise((done, fail) => {
    element.addEventListener('place-feed-load', () => afterPaint().then(() => done(performance.now() - start)), { once: true });
    element.addEventListener('place-feed-error', (event) => fail(new Error(`${tag}: ${JSON.stringify((event as CustomEvent).detail)}`)), { once: true });
    const start = performance.now();
    host.append(element);
  });
}

export async function measure(tag: string, attributes: Record<string, string>, runs: number, warmup: number) {
  // One element of the same kind stays connected throughout, so the feed stays loaded and parsed.
  const keeper = create(tag, attributes);
  keeper.hidden = true;
  await new Promise((done) => {
    keeper.addEventListener('place-feed-load', done, { once: true });
    document.body.append(keeper);
  });
  const times: number[] = [];
  for (let i = 0; i < warmup + runs; i++) {
    const host = document.createElement('div');
    document.body.append(host);
    const elapsed = await renderOnce(tag, attributes, host);
    if (i >= warmup) times.push(elapsed);
    host.remove();
    await afterPaint();
  }
  return { times };
}
