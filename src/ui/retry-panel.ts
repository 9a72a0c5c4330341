/**
 * The one "could not load / try again" panel every element shows when something it needs could not be
 * had: its feed (feed-status.ts), a part loaded on demand (lazy-part.ts), or its own rendering
 * (place-element.ts). A heading at the element's level saying what could not be loaded, a message for
 * residents, and a button whose words say what it retries ("Try loading the directory again"), so that a
 * screen reader's list of buttons never holds several bare "Try again"s. The heading and message sit in
 * a live region (polite by default); the button stays outside it, so that its words are not announced
 * again. While the retry runs the same panel and button stay (so focus is not lost), the button
 * unavailable and "Trying again…" said. Where focus goes after a retry is the caller's choice (today: the
 * button again on failure, the content's first heading on success).
 */
import { html, type TemplateResult } from 'lit';
import { heading } from './heading.js';
import { msg } from './localize.js';

export interface RetryPanelOptions {
  /** The level of its heading: the element's `level`. */
  level: number;
  /** What could not be loaded, as its heading: "Sorry, the directory could not be loaded". */
  title: string;
  /** What to do about it, for residents. */
  message: string;
  /** The button's words, naming what it retries: "Try loading the directory again". */
  action: string;
  retry: () => unknown;
  /** A retry is running: the button unavailable, "Trying again…" said in place of the message. */
  busy?: boolean;
  /** The panel's CSS part name (default `error`); the button is always `retry-button`. */
  part?: string;
  /** `alert` for a failure of something the resident just asked for (said at once); else `status`. */
  live?: 'status' | 'alert';
}

export function retryPanel(o: RetryPanelOptions): TemplateResult {
  return html`<div class="notice error" part=${o.part ?? 'error'}>
    <div role=${o.live ?? 'status'}>
      ${heading(o.level, 0, o.title, { class: 'title', rank: 2 })}
      <p>${o.busy ? msg('Trying again…') : o.message}</p>
    </div>
    <button type="button" class="button secondary retry" part="retry-button" aria-disabled=${o.busy ? 'true' : 'false'} @click=${o.retry}>${o.action}</button>
  </div>`;
}
