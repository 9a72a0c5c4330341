/**
 * Reading an element's shadow root in tests, the same way for every element: `$` and `$$` query it,
 * `text` reads a node's text as a resident sees it, `focused` is what holds the focus inside it. Each
 * element's folder has a small harness (tests/place-x/helpers.ts) that puts one on the page and re-exports these.
 */

/** The first match inside `el`'s shadow root (tests expect it to be there). */
export const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;

/** Every match inside `el`'s shadow root. */
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];

/** A node's text with white space collapsed, as it reads. */
export const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The element inside `el`'s shadow root that has the focus. */
export const focused = (el: Element) => el.shadowRoot!.activeElement as HTMLElement | null;
