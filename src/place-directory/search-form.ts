/** The directory's search box: its label, its hint, and (for a postcode typed as words) the postcode lookup's hint (near.ts). */
import { html, type TemplateResult } from 'lit';
import { msg } from '../ui/localize.js';

export interface SearchBox {
  query: string;
  /** The words changed; Enter pressed; a resident reached for the box (the source gets ready for words). */
  input: (event: Event) => void;
  submit: () => void;
  ready: () => void;
  /** What the postcode lookup says of a postcode typed as words, once its part is here. */
  hint: unknown;
}

export function renderSearchForm(box: SearchBox): TemplateResult {
  return html`<form class="search no-print" part="search" role="search" @submit=${(e: Event) => (e.preventDefault(), box.submit())} @focusin=${box.ready}>
    <label for="query">${msg('Search services and ways to get involved')}</label>
    <p class="hint" id="query-hint">${msg('For example, food bank, debt advice or football')}</p>
    <input id="query" type="search" autocomplete="off" spellcheck="false" aria-describedby="query-hint" .value=${box.query} @input=${box.input} />
    ${box.hint}
  </form>`;
}

/** Moves focus to an element of the directory once it has rendered; on a narrow screen the filters fold away, and are unfolded to reach a field inside. */
export function focusWhenDrawn(element: HTMLElement & { readonly updateComplete: Promise<boolean> }, id: string): void {
  void element.updateComplete.then(() => {
    const target = element.shadowRoot?.getElementById(id);
    const folded = target?.closest('details');
    if (folded) folded.open = true;
    target?.focus();
  });
}
