/**
 * A form the page names that the feed does not have, or has with a problem: residents are told it is not
 * available, and the website's owner what is wrong (the console says so too).
 */
import { html, type TemplateResult } from 'lit';
import type { FeedResult } from '../feed/load/read.js';
import { msg, str } from '../ui/localize.js';

/** The feed's problems with the form `id`. */
export function problemsWith(result: FeedResult, id: string): FeedResult['warnings'] {
  return result.warnings.filter((w) => w.path.startsWith('feedback_forms[') && (w.record ?? '').includes(`(id ${id})`));
}

export function renderBroken(result: FeedResult, id: string): TemplateResult {
  const problems = problemsWith(result, id);
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
