/**
 * Page side of the long-tasks benchmark: the longest main-thread task while an element reads a big feed
 * and draws, from a PerformanceObserver for `longtask` entries (tasks over 50 ms), and the time from
 * connecting the element to its content painted.
 */
// @ts-expect-error: the production bundle, loaded at run time from the bench server.
import '/dist/placekit.js';

const afterPaint = () => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0)));

/**
 * Connects `tag` with `attributes` (its `feed` among them) and waits until `ready` (a selector inside its
 * shadow root) is there and a second has passed with no long task; gives every long task seen on the way.
 */
export async function measure(tag: string, attributes: Record<string, string>, ready: string) {
  const tasks: number[] = [];
  let last = performance.now();
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      tasks.push(entry.duration);
      last = performance.now();
    }
  });
  observer.observe({ type: 'longtask' });
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  const start = performance.now();
  document.body.append(element);
  let painted = 0;
  for (;;) {
    await afterPaint();
    if (!painted && element.shadowRoot?.querySelector(ready)) painted = performance.now() - start;
    if (painted && performance.now() - last > 1000) break;
    if (performance.now() - start > 300_000) throw new Error(`${tag}: ${ready} not shown within 5 minutes`);
  }
  observer.disconnect();
  const shown = element.shadowRoot!.querySelectorAll(ready).length;
  element.remove();
  return { tasks, painted, shown };
}
