/**
 * Notes in the console for the page's editor (whoever put the element on the page): an attribute that
 * names nothing in the feed, a value out of range, a form the feed cannot give. Each is said once per
 * element, however often the element renders, and starts with the element's tag
 * (`place-connector: area="nowhere" is not an area in the feed`). Call it from `willUpdate`, `updated` or
 * a handler, never from `render`.
 */
const said = new WeakMap<Element, Set<string>>();

/** Writes `message` to the console once for `element` (its tag first). */
export function warnOnce(element: Element, message: string): void {
  let told = said.get(element);
  if (!told) said.set(element, (told = new Set()));
  if (told.has(message)) return;
  told.add(message);
  console.warn(`${element.localName}: ${message}`);
}
