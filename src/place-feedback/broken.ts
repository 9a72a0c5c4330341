/**
 * A form the element cannot show: the feed has no form with its id, or left it out as unusable. Residents
 * are told it is not available (a heading at the element's level); the site's owner reads why on the same panel (and once in the console).
 */
import { html, type TemplateResult } from 'lit';
import type { FeedResult } from '../feed/load/read.js';
import { msg, str } from '../ui/localize.js';

/** Why the feed's form with this id was left out, if it was (the reader's warnings about it). */
export function formProblems(result: FeedResult, id: string): FeedResult['warnings'] {
  return result.warnings.filter((w) => w.path.startsWith('feedback_forms[') && (w.record ?? '').includes(`(id ${id})`));
}

/** The panel shown in place of the form. */
export function renderBroken(level: number, id: string, problems: FeedResult['warnings']): TemplateResult {
  return html`<div class="notice error broken" part="error" role="status">
    <p class="title">${msg('This form is not available at the moment')}</p>
    <p>${msg('Please try again later. If it keeps happening, let the website’s owner know.')}</p>
    <p class="secondary-text">
      ${
        problems.length
          ? msg(str`For the website’s owner: the form “${id}” in the feed has a problem: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`)
          : msg(str`For the website’s owner: the feed has no form with the id “${id}”.`)
      }
    </p>
  </div>`;
}
