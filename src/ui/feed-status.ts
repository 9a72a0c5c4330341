/**
 * What a resident sees while a feed loads and when it fails: the page's own fallback content, a polite
 * loading line, and the retry panel. The editor's detailed message goes to the console
 * (the loader writes it); here the wording is for residents.
 */
import { html, type TemplateResult } from 'lit';
import { isFeedError } from '../feed/load/problems.js';
import { msg } from './localize.js';
import { retryPanel, type RetryPanelOptions } from './retry-panel.js';

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
  return unavailable();
}

/** Something placekit cannot show for now, not the resident's connection: try later, tell the site's owner. */
export const unavailable = (): string =>
  msg('This information is not available at the moment. Please try again later. If it keeps happening, let the website’s owner know.');

/**
 * The feed's error panel: the shared retry panel (retry-panel.ts) with the resident's message for the
 * failure, and the light-DOM fallback (if the page gave one) still visible below, since it is better than
 * nothing.
 */
export function renderFeedError(error: unknown, panel: Omit<RetryPanelOptions, 'message'>): TemplateResult {
  return html`${retryPanel({ ...panel, message: residentMessage(error) })}<slot></slot>`;
}
