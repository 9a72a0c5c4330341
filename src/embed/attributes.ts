/**
 * Which of the embed page's address parameters become attributes of its element. Anyone can link to a
 * council's embed page with any parameters (in an email, on another site), so only what is safe for a
 * stranger to choose comes from the address: which content to show and how (an area, a category, a plan,
 * a form, heading levels, a layout...). Addresses never do: `postcode-endpoint` would send residents'
 * postcodes to the stranger's server, and a future `api` or endpoint the same; the feed has its own
 * allow-list (embed.ts). Settings that keep a resident's answers or choices in the browser (`save-draft`,
 * `remember`) and the feed timeout are the site's to choose: its `embed.html` can allow them by name in
 * `<meta name="placekit-embed-attributes">`, which can never allow an address.
 */

/** Attributes any address may set, when the element has them. */
export const SAFE_ATTRIBUTES: ReadonlySet<string> = new Set([
  'area',
  'category',
  'lock',
  'page-size',
  'sync-url',
  'plan',
  'compact',
  'heading-level',
  'connector',
  'contact-role',
  'layout',
  'form',
  'subject',
]);

/** Names that hold an address (or may one day): a site's meta cannot allow them (`sync-url` above is a switch, not an address). */
const ADDRESS = /^(feed|action)$|(^|-)(src|href|url|uri|api|endpoint)(-|$)/;

/** The attributes `embed.html`'s meta allows beyond {@link SAFE_ATTRIBUTES} (never an address). */
export function siteAttributes(meta: string | null | undefined): Set<string> {
  return new Set((meta ?? '').split(/[\s,]+/).filter((name) => /^[a-z][a-z0-9-]*$/.test(name) && !ADDRESS.test(name)));
}

/**
 * The attributes to set on the element from the address's parameters: those the element observes and
 * either any address may set or the site allows; `refused` names the others the address tried to set.
 */
export function embedAttributes(
  params: URLSearchParams,
  observed: readonly string[],
  allowed: ReadonlySet<string> = new Set(),
): { attributes: Array<[string, string]>; refused: string[] } {
  const attributes: Array<[string, string]> = [];
  const refused: string[] = [];
  for (const [name, value] of params) {
    if (['element', 'feed', 'lang', 'title'].includes(name) || !observed.includes(name)) continue;
    if (SAFE_ATTRIBUTES.has(name) || (allowed.has(name) && !ADDRESS.test(name))) attributes.push([name, value]);
    else refused.push(name);
  }
  return { attributes, refused };
}

/** The tallest a frame may ask to be, in CSS pixels: taller content scrolls inside the frame. */
export const MAX_FRAME_HEIGHT = 20_000;
