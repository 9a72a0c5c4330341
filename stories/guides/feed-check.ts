/**
 * `<placekit-feed-check>`: the catalogue's "Check your feed" tool, for people without Node.js. It reads a
 * feed from an address or a chosen file and checks it with the validator placekit-validator.js is built
 * from (src/feed/validator/parse.ts), plus the publisher tool's note of fields placekit does not read: the same
 * problems, paths and words as `placekit validate`.
 *
 * A catalogue tool, not part of the library: it is not in placekit.js, and its English text is not
 * translated.
 */
import { LitElement, css, html, nothing } from 'lit';
import { parseFeedText } from '../../src/feed/validator/parse.js';
import { FeedError, type FeedWarning } from '../../src/feed/load/problems.js';
import type { FeedResult } from '../../src/feed/load/read.js';
import { groupWarnings, tally } from '../../src/feed/validator/report.js';
import { SECTION_NAMES } from '../../src/feed/validator/schema/feed.js';
import { unknownFields } from '../../cli/unknown-fields.js';

export type Report =
  | { source: string; kind: 'checked'; valid: boolean; result: FeedResult; warnings: FeedWarning[] }
  | { source: string; kind: 'unusable'; reason: string; message: string; problems: string[] }
  | { source: string; kind: 'unreadable'; message: string };

/** Checks feed text as `placekit validate` does. */
export function checkFeedText(text: string, source: string): Report {
  try {
    const result = parseFeedText(text, source);
    const warnings = [...result.warnings, ...unknownFields(JSON.parse(text))];
    return { source, kind: 'checked', valid: !warnings.some((w) => w.action === 'skipped' || w.action === 'dropped'), result, warnings };
  } catch (error) {
    if (error instanceof FeedError) return { source, kind: 'unusable', reason: error.kind, message: error.message, problems: error.problems };
    throw error;
  }
}

const ACTION = { skipped: 'Record skipped', dropped: 'Value dropped', repaired: 'Repaired', noted: 'Note' } as const;

export function summary(report: Report): string {
  if (report.kind === 'unreadable') return `Could not read ${report.source}.`;
  if (report.kind === 'unusable') return `Not valid: ${report.source} cannot be used at all.`;
  return `${report.valid ? 'Valid' : 'Not valid'}: ${report.source} (${tally(report.warnings)}).`;
}

/** Turns what a person pasted into an address: `www.example.org/feed.json` gets https://, a relative one is read from here. */
function addressOf(value: string): URL | undefined {
  const text = value.trim();
  if (!text) return undefined;
  const withScheme =
    /^[a-z][a-z0-9+.-]*:/i.test(text) || text.startsWith('/') || text.startsWith('.') || !/^[^/]+\.[a-z]{2,}(\/|$)/i.test(text) ? text : `https://${text}`;
  try {
    return new URL(withScheme, location.href);
  } catch {
    return undefined;
  }
}

export class FeedCheckElement extends LitElement {
  static override styles = css`
    :host {
      display: block;
      font-family: system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif;
      font-size: 1rem;
      line-height: 1.5;
      color: #0b0c0c;
      background: #ffffff;
      max-inline-size: 48rem;
    }
    form,
    .file {
      margin-block: 0 1.5rem;
    }
    label {
      display: block;
      font-weight: 700;
    }
    .hint {
      margin: 0 0 0.25rem;
      color: #505a5f;
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
    input[type='text'] {
      flex: 1 1 16rem;
      min-inline-size: 0;
      font: inherit;
      padding: 0.4rem;
      border: 2px solid #0b0c0c;
      border-radius: 0;
    }
    input[type='file'] {
      font: inherit;
      max-inline-size: 100%;
    }
    button {
      font: inherit;
      padding: 0.4rem 1rem;
      min-block-size: 2.75rem;
      color: #ffffff;
      background: #00703c;
      border: 2px solid transparent;
      border-radius: 0;
      box-shadow: 0 2px 0 #002d18;
      cursor: pointer;
    }
    input:focus-visible,
    button:focus-visible {
      outline: 3px solid #ffdd00;
      outline-offset: 0;
      box-shadow: inset 0 0 0 2px #0b0c0c;
    }
    .status {
      font-weight: 700;
      font-size: 1.125rem;
      margin-block: 1rem;
    }
    .status.valid {
      border-inline-start: 6px solid #00703c;
      padding-inline-start: 0.75rem;
    }
    .status.invalid {
      border-inline-start: 6px solid #d4351c;
      padding-inline-start: 0.75rem;
    }
    h3 {
      font-size: 1.125rem;
      margin-block: 1.5rem 0.5rem;
    }
    ul.problems {
      padding-inline-start: 1.25rem;
    }
    ul.problems li {
      margin-block-end: 0.5rem;
      overflow-wrap: anywhere;
    }
    code {
      font-family: ui-monospace, 'Cascadia Mono', Consolas, monospace;
      font-size: 0.95em;
      background: #f3f2f1;
      padding-inline: 0.2em;
    }
    table {
      border-collapse: collapse;
    }
    caption {
      text-align: start;
      font-weight: 700;
      padding-block-end: 0.25rem;
    }
    th,
    td {
      text-align: start;
      padding: 0.25rem 1rem 0.25rem 0;
      border-block-end: 1px solid #b1b4b6;
    }
    @media (forced-colors: active) {
      button {
        border-color: ButtonText;
      }
      .status.valid,
      .status.invalid {
        border-inline-start-color: CanvasText;
      }
    }
  `;

  /** A feed to check as soon as the tool shows (the catalogue's stories use it). */
  preset?: { text: string; source: string };

  private report?: Report;
  private busy = false;

  protected override willUpdate(): void {
    if (this.preset && !this.report) this.report = checkFeedText(this.preset.text, this.preset.source);
  }

  private show(report: Report): void {
    this.report = report;
    this.busy = false;
    this.requestUpdate();
    this.dispatchEvent(new CustomEvent('feed-checked', { detail: report, bubbles: true, composed: true }));
  }

  private async checkAddress(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const value = (this.renderRoot.querySelector('#address') as HTMLInputElement).value;
    const url = addressOf(value);
    if (!url || !/^https?:$/.test(url.protocol)) {
      this.show({ source: value.trim() || 'the address', kind: 'unreadable', message: 'Type or paste the full address of the feed, starting with https://.' });
      return;
    }
    this.busy = true;
    this.requestUpdate();
    let response: Response;
    try {
      response = await fetch(url, { cache: 'no-store' });
    } catch {
      this.show({
        source: url.href,
        kind: 'unreadable',
        message:
          'The browser could not read it. The address may be wrong or the site down, or the site does not let other sites read the feed (it needs the Access-Control-Allow-Origin header, which your pages also need if the feed is on another site). You can save the feed to your computer and choose the file instead.',
      });
      return;
    }
    if (!response.ok) {
      this.show({
        source: url.href,
        kind: 'unreadable',
        message: `The address answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}: check it is the feed's address.`,
      });
      return;
    }
    this.show(checkFeedText(await response.text(), url.href));
  }

  private async checkFile(event: Event): Promise<void> {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (!file) return;
    this.show(checkFeedText(await file.text(), file.name));
  }

  protected override render() {
    const report = this.report;
    return html`
      <form @submit=${this.checkAddress} novalidate>
        <label for="address">The feed's address</label>
        <p class="hint" id="address-hint">For example https://www.example.gov.uk/placekit/feed.json</p>
        <div class="row">
          <input id="address" type="text" inputmode="url" autocomplete="url" spellcheck="false" aria-describedby="address-hint" />
          <button type="submit">Check the address</button>
        </div>
      </form>
      <div class="file">
        <label for="file">Or choose the feed file on your computer</label>
        <p class="hint" id="file-hint">It is checked in your browser: the file is not sent anywhere.</p>
        <input id="file" type="file" accept=".json,application/json" aria-describedby="file-hint" @change=${this.checkFile} />
      </div>
      <div role="status" class="status ${report ? (report.kind === 'checked' && report.valid ? 'valid' : 'invalid') : ''}">
        ${this.busy ? 'Checking…' : report ? summary(report) : nothing}
      </div>
      ${report && !this.busy ? this.renderReport(report) : nothing}
    `;
  }

  private renderReport(report: Report) {
    if (report.kind === 'unreadable') return html`<p>${report.message}</p>`;
    if (report.kind === 'unusable') {
      return html`
        <p>${report.message}</p>
        ${
          report.problems.length
            ? html`<h3>Problems</h3>
              <ul class="problems">
                ${report.problems.map((p) => html`<li>${p}</li>`)}
              </ul>`
            : nothing
        }
      `;
    }
    const { feed, counts } = report.result;
    return html`
      <p>Format ${feed.format_version}, published by ${feed.publisher.name}, updated ${feed.updated}.</p>
      ${
        report.warnings.length
          ? html`<h3>Problems, with where they are in the file</h3>
            <ul class="problems">
              ${groupWarnings(report.warnings)
                .flatMap((group) => group.warnings)
                .map((w) => html`<li><strong>${ACTION[w.action]}</strong> <code>${w.path}</code>: ${w.message}</li>`)}
            </ul>`
          : html`<p>No problems: every record will be shown.</p>`
      }
      <table>
        <caption>
          Records in each section
        </caption>
        <thead>
          <tr>
            <th scope="col">section</th>
            <th scope="col">kept</th>
            <th scope="col">skipped</th>
          </tr>
        </thead>
        <tbody>
          ${SECTION_NAMES.map(
            (name) => html`<tr>
              <th scope="row"><code>${name}</code></th>
              <td>${counts[name].kept}</td>
              <td>${counts[name].skipped}</td>
            </tr>`,
          )}
        </tbody>
      </table>
      <p>"Publishing a feed" explains each kind of problem and how to fix it.</p>
    `;
  }
}

/** Registers the tool (called by its stories: package.json's sideEffects list would drop a bare import of this module). */
export function defineFeedCheck(): void {
  if (!customElements.get('placekit-feed-check')) customElements.define('placekit-feed-check', FeedCheckElement);
}

declare global {
  interface HTMLElementTagNameMap {
    'placekit-feed-check': FeedCheckElement;
  }
}
