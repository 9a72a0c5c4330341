/**
 * What a resident sees while a feed loads and when it fails: the page's own fallback content, a polite
 * loading line, and a plain error with a retry button. The editor's detailed message goes to the console
 * (the loader writes it); here the wording is for residents.
 */
import { html, type TemplateResult } from 'lit';
import { isFeedError } from '../feed/load/problems.js';
import { msg } from './localize.js';

/** The light-DOM children, or a loading line when the page gave none. */
export function renderFallback(loadingLabel: string): TemplateResult {
  return html`<slot><p class="loading secondary-text" role="status">${loadingLabel}</p></slot>`;
}

/** What to tell a resident, by kind of failure. */
export function residentMessage(error: unknown): string {
  const kind = isFeedError(error) ? error.kind : 'network';
  const offline = globalThis.navigator?.onLine === false;
  if (kind === 'network' && offline) return msg('You seem to be offline. Check your internet connection, then try again.');
  if (kind === 'network') return msg('We could not connect. Check your internet connection, then try again.');
  if (kind === 'timeout') return msg('This is taking too long to load. Your connection may be slow. Please try again.');
  return msg('This information is not available at the moment. Please try again later. If it keeps happening, let the website’s owner know.');
}

/**
 * The error panel. `retry` runs when the resident asks; the light-DOM fallback (if the page gave one)
 * stays visible below, since it is better than nothing. `busy` while a retry runs: the same panel and
 * button (so focus stays on it), the button unavailable, and "Trying again…" said politely.
 */
export function renderFeedError(error: unknown, retry: () => void, title: string = msg('Sorry, we could not load this'), busy = false): TemplateResult {
  return html`
    <div class="notice error feed-error" part="error">
      <div role="status">
        <p class="title">${title}</p>
        <p>${busy ? msg('Trying again…') : residentMessage(error)}</p>
      </div>
      <button type="button" class="button secondary retry" part="retry-button" aria-disabled=${busy} @click=${retry}>${msg('Try again')}</button>
    </div>
    <slot></slot>
  `;
}
