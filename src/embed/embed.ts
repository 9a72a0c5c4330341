/**
 * The iframe page: renders one placekit element from URL parameters, for CMSs that strip <script>.
 *
 *   embed.html?element=place-directory&feed=/placekit/feed.json&area=parkhead&lang=en-GB
 *
 * - `element`: place-directory, place-plan, place-connector or place-feedback.
 * - `feed`: the feed's address. Same-origin feeds are always allowed; others only when listed in the
 *   page's <meta name="placekit-allowed-feeds">, so nobody can show their own content under the host's
 *   name by linking to this page with another feed.
 * - Any other parameter becomes an attribute, if the element observes an attribute of that name.
 * - `lang` sets the page language; `title` the page title (as text).
 * The page tells its parent its content's height whenever it changes (postMessage
 * `{type: 'placekit:resize', height}` in CSS pixels), for sites that can run the small listener in
 * "Getting started"; without one, give the iframe a height and it scrolls inside.
 */
import '../placekit.js';
import { msg } from '../ui/localize.js';

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
  for (const [name, value] of params) {
    if (name !== 'feed' && name !== 'element' && observed.includes(name)) element.setAttribute(name, value);
  }
  element.setAttribute('feed', url);
  document.body.append(element);
  if (window.parent !== window) {
    // The content's own height (not scrollHeight, which is never less than the frame's), so the frame can
    // shrink as well as grow. The height is not secret: any page may hear it.
    let last = 0;
    const report = () => {
      const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      window.parent.postMessage({ type: 'placekit:resize', height }, '*');
    };
    new ResizeObserver(report).observe(document.documentElement);
  }
}

render();
