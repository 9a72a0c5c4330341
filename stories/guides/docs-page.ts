/**
 * A page of `docs/` as a catalogue guide shows it: the whole file, imported with `?raw` and rendered with
 * Storybook's `<Markdown>`, never a slice of it (so renaming a heading cannot quietly empty a guide).
 * Only its links change, because the catalogue is not the repository: a link to a page the catalogue also
 * shows goes to that page, a link within the page stays, and a link to any other file of the source code
 * (a decision, a script, the sample's README) is shown as its text. HTML comments (the markers around
 * generated sections) are left out.
 *
 * scripts/check-stories.mjs checks that every file a guide includes exists and is on the rendered page.
 */

/** The pages of docs/ the catalogue shows too (by their path in docs/), and the catalogue page for each. */
export const CATALOGUE_PAGES: Record<string, string> = {
  'feed-format.md': 'guides-feed-format-reference--docs',
  'embedding.md': 'guides-embedding-and-hosting--docs',
  'publisher-tool.md': 'guides-the-publisher-tool--docs',
  'receiver.md': 'guides-the-feedback-receiver--docs',
  'theming.md': 'guides-theming--docs',
  'elements/place-directory.md': 'elements-place-directory--docs',
  'elements/place-plan.md': 'elements-place-plan--docs',
  'elements/place-connector.md': 'elements-place-connector--docs',
  'elements/place-feedback.md': 'elements-place-feedback--docs',
  'elements/place-feed.md': 'elements-place-feed--docs',
};

/** Where a link in the page at `from` (a path in the repository, `docs/x.md`) leads in the catalogue: a catalogue address, or undefined (show the text only). */
export function catalogueHref(href: string, from: string): string | undefined {
  if (href.startsWith('#')) return href;
  if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(href)) return href;
  const path = new URL(href, `https://repository.invalid/${from}`).pathname.slice(1);
  const page = path.startsWith('docs/') ? CATALOGUE_PAGES[decodeURI(path.slice('docs/'.length))] : undefined;
  return page ? `?path=/docs/${page}` : undefined;
}

/** Code blocks, kept exactly as written (their comments and brackets are code). */
const FENCE = /^(```|~~~)[^\n]*\n[\s\S]*?^\1[ \t]*$/gm;

/** The markdown of a docs page, whole, with its links made to work in the catalogue (see above). */
export function docsPage(markdown: string, from: string): string {
  const prose = (text: string) =>
    text.replace(/<!--[\s\S]*?-->\n?/g, '').replace(/(!?)\[([^\]]*)\]\(([^)\s]+)\)/g, (whole, image: string, text: string, href: string) => {
      if (image) return whole;
      const target = catalogueHref(href, from);
      return target === undefined ? text : `[${text}](${target})`;
    });
  let out = '';
  let at = 0;
  for (const block of markdown.matchAll(FENCE)) {
    out += prose(markdown.slice(at, block.index)) + block[0];
    at = block.index + block[0].length;
  }
  return out + prose(markdown.slice(at));
}
