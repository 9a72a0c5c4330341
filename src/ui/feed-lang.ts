/**
 * Feed text (service names, descriptions, plan titles) is the publisher's, in the feed's own language,
 * not the interface's: it is marked with the feed's `language` so a screen reader reads English service
 * names in an English voice inside a Welsh interface, and Welsh ones in a Welsh voice inside an English
 * one. A feed without `language` is in British English (the feed format says so: `en-GB` when absent),
 * and so is one whose `language` is not a language tag.
 */
import { html } from 'lit';
import type { PlaceFeed } from '../feed/domain/types.js';
import { currentLocale } from './localize.js';

const canonical = new Map<string, string | undefined>();

const DEFAULT = 'en-GB';

/** The language of a feed's text: its `language` as a canonical BCP 47 tag (`cy`, `gd-GB`), else `en-GB`. */
export function feedLang(feed: Pick<PlaceFeed, 'language'> | undefined): string {
  const tag = feed?.language?.trim();
  if (!tag) return DEFAULT;
  if (!canonical.has(tag)) {
    let found: string | undefined;
    try {
      found = Intl.getCanonicalLocales(tag)[0];
    } catch {
      found = undefined;
    }
    canonical.set(tag, found);
  }
  return canonical.get(tag) ?? DEFAULT;
}

/**
 * The `lang` to put on feed text: the feed's language when it is not the interface's (English feed text
 * in a Welsh interface is `en-GB`), else undefined, since the text then takes the root's `lang`.
 */
export function feedTextLang(feed: Pick<PlaceFeed, 'language'> | undefined): string | undefined {
  const lang = feedLang(feed);
  return lang.split('-')[0].toLowerCase() === currentLocale() ? undefined : lang;
}

/** `feedTextLang` for whatever feed an element (a placekit element, or a part's host) has loaded. */
export function hostTextLang(host: object): string | undefined {
  const result = (host as { feedResult?: { feed?: Pick<PlaceFeed, 'language'> } }).feedResult;
  return feedTextLang(result?.feed);
}

/** A short feed text (a title, a name) in a `<span lang>` when `lang` is given, else as it is. */
export function feedText(text: unknown, lang: string | undefined): unknown {
  return lang ? html`<span lang=${lang}>${text}</span>` : text;
}
