/**
 * The iframe page: renders one placekit element from URL parameters, for CMSs that strip <script>.
 *
 *   embed.html?element=place-directory&feed=/placekit/feed.json&area=parkhead&lang=en-GB
 *
 * - `element`: place-directory, place-plan, place-connector or place-feedback.
 * - `feed`: the feed's address. Same-origin feeds are always allowed; others only when listed in the
 *   page's <meta name="placekit-allowed-feeds">, so nobody can show their own content under the host's
 *   name by linking to this page with another feed.
 * - Other parameters become attributes when they are safe for anyone to choose (attributes.ts: content
 *   and layout, never an address such as `postcode-endpoint`), or the page's
 *   <meta name="placekit-embed-attributes"> allows them, and the element observes them.
 * - `lang` sets the page language; `title` the page title (as text).
 * The page tells its parent its content's height whenever it changes (postMessage
 * `{type: 'placekit:resize', height}` in CSS pixels, at most MAX_FRAME_HEIGHT), for sites that can run
 * the small listener in "Getting started"; without one, give the iframe a height and it scrolls inside.
 */
import '../placekit.js';
import { msg } from '../ui/localize.js';
import { MAX_FRAME_HEIGHT, embedAttributes, siteAttributes } from './attributes.js';

const ELEMENTS = ['place-directory', 'place-plan', 'place-connector', 'place-feedback'];

function allowedFeed(feed: string): string | undefined {
  let url: URL;
  try {
    url = new URL(feed, location.href);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  if (url.origin === location.origin) return url.href;
  const listed = (document.querySelector<HTMLMetaElement>('meta[name="placekit-allowed-feeds"]')?.content ?? '').split(/\s+/).filter(Boolean);
  return listed.some((entry) => (entry.endsWith('/') ? url.href.startsWith(entry) : url.href === entry)) ? url.href : undefined;
}

function message(text: string): void {
  const p = document.createElement('p');
  p.className = 'embed-message';
  p.textContent = text;
  document.body.append(p);
}

function render(): void {
  const params = new URLSearchParams(location.search);
  const lang = params.get('lang');
  if (lang && /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(lang)) document.documentElement.lang = lang;
  const title = params.get('title');
  if (title) document.title = title.slice(0, 200);
  const tag = params.get('element') ?? '';
  if (!ELEMENTS.includes(tag) || !customElements.get(tag)) {
    message(msg('This embedded content is set up wrongly: the element is missing or unknown.'));
    console.error(`placekit embed: element must be one of ${ELEMENTS.join(', ')}; got "${tag}".`);
    return;
  }
  const feed = params.get('feed');
  const url = feed ? allowedFeed(feed) : undefined;
  if (!url) {
    message(msg('This embedded content is set up wrongly: its data feed is missing or not allowed.'));
    console.error(`placekit embed: the feed "${feed ?? ''}" is not from this site and not listed in <meta name="placekit-allowed-feeds">.`);
    return;
  }
  const element = document.createElement(tag);
  const observed = (customElements.get(tag) as unknown as { observedAttributes?: string[] }).observedAttributes ?? [];
  const site = siteAttributes(document.querySelector<HTMLMetaElement>('meta[name="placekit-embed-attributes"]')?.content);
  const { attributes, refused } = embedAttributes(params, observed, site);
  for (const [name, value] of attributes) element.setAttribute(name, value);
  if (refused.length) {
    console.warn(
      `placekit embed: ${refused.join(', ')} cannot be set from the page's address (an address, or a setting only the site chooses); the site can allow a setting in <meta name="placekit-embed-attributes">.`,
    );
  }
  element.setAttribute('feed', url);
  document.body.append(element);
  if (window.parent !== window) {
    // The content's own height (not scrollHeight, which is never less than the frame's), so the frame can
    // shrink as well as grow. The height is not secret: any page may hear it.
    let last = 0;
    const report = () => {
      // Bounded: whatever the feed makes the element draw, the frame never asks for more than MAX_FRAME_HEIGHT.
      const height = Math.min(MAX_FRAME_HEIGHT, Math.ceil(document.documentElement.getBoundingClientRect().height));
      if (height === last) return;
      last = height;
      window.parent.postMessage({ type: 'placekit:resize', height }, '*');
    };
    new ResizeObserver(report).observe(document.documentElement);
  }
}

render();
