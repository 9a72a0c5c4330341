/**
 * What the directory says about its results, in the element's own file: the count (the list's heading,
 * and what is announced when a search settles), the words for "near", and the panel for a source or part
 * that failed. The list itself is result-list.ts, fetched beside the feed.
 */
import { nothing, type TemplateResult } from 'lit';
import { retryPanel } from '../ui/retry-panel.js';
import { formatNumber, msg, plural, str } from '../ui/localize.js';
import type { Near, Problem } from './host.js';

/** "80 results", and on a later page "80 results, page 2 of 8". */
export function countText(count: number, page: number, size: number): string {
  const n = formatNumber(count);
  const results = plural(count, {
    zero: msg(str`${n} results`, { id: 'results.zero' }),
    one: msg(str`${n} result`, { id: 'results.one' }),
    two: msg(str`${n} results`, { id: 'results.two' }),
    few: msg(str`${n} results`, { id: 'results.few' }),
    many: msg(str`${n} results`, { id: 'results.many' }),
    other: msg(str`${n} results`, { id: 'results.other' }),
  });
  const pages = Math.ceil(count / size);
  const shown = formatNumber(Math.min(page, pages));
  return page > 1 && pages > 1 ? msg(str`${results}, page ${shown} of ${formatNumber(pages)}`) : results;
}

/** What the live region says: the sentences given, a trailing space every other time (so that the same words are said again). */
export const say = (sentences: Array<string | false | undefined>, n: number): string => `${sentences.filter(Boolean).join(' ')}${n % 2 ? '' : '\u00a0'}`;

/** ", nearest first" (or ", near G31 4QZ" from a source that only narrows results to a postcode), when measuring from somewhere. */
export function nearPhrase(near: Near | undefined, nearestFirst: boolean): string {
  if (!near) return '';
  const label = near.label;
  return `, ${nearestFirst ? msg('nearest first') : msg(str`near ${label}`)}`;
}

/**
 * When something could not be had (`broken`): the retry panel, saying what went wrong. An API's failure
 * in a resident's words (`problem`: offline, too busy, not answering); else a part that could not load.
 */
export function failurePanel(level: number, broken: boolean, problem: Problem | undefined, retry: () => unknown): TemplateResult | typeof nothing {
  if (!broken) return nothing;
  return retryPanel({
    level,
    title: msg('Sorry, part of the directory could not be loaded'),
    message: msg('Check your connection and try again.'),
    action: msg('Try loading that part of the directory again'),
    ...problem,
    retry,
    live: 'alert',
  });
}
