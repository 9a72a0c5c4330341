/**
 * The stand-in inside the page, for Storybook (no server, no network): a `fetch` that answers URLs
 * starting with `base` from the stand-in, after the `latency` setting, and abortable like a real one.
 * Give it to the API source's `fetch` option, or put it in the place of `window.fetch`; every other URL
 * goes to the page's own `fetch`.
 *
 *   const fetch = standinFetch('https://directory.council.example/o/ServiceDirectoryService/v3', feedStandin(feed));
 */
import { readSettings } from './standin.js';

export function standinFetch(base, standin, defaults = {}) {
  const seen = new Map();
  // The page's own fetch, taken now: the stand-in may be put in its place (window.fetch = standinFetch(...)).
  const real = globalThis.fetch.bind(globalThis);
  return (input, init = {}) => {
    const url = new URL(typeof input === 'string' ? input : input.url, globalThis.location?.href);
    if (!url.href.startsWith(base)) return real(input, init);
    const { settings, path } = readSettings(url.pathname.slice(new URL(base).pathname.length), defaults);
    const count = seen.get(settings.run) ?? 0;
    seen.set(settings.run, count + 1);
    return new Promise((resolve, reject) => {
      const signal = init.signal;
      const abort = () => reject(new DOMException('The request was aborted.', 'AbortError'));
      if (signal?.aborted) return abort();
      const timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort);
        if (settings.drop || settings.cors === 'refuse') return reject(new TypeError('Failed to fetch'));
        const answer = standin.answer({ path, params: url.searchParams, settings, origin: globalThis.location?.origin ?? '', seen: count });
        resolve(new Response(answer.body, { status: answer.status, headers: answer.headers }));
      }, settings.latency);
      const onAbort = () => {
        clearTimeout(timer);
        abort();
      };
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  };
}
