/**
 * What the directory says once a search settles (typing paused, Enter, a filter, page or place changed):
 * the count in its polite live region (with what the answer could not apply, and a hint for a postcode
 * typed as words), the search reported (`place-search`) and recorded in the address. It owns the live
 * region's words; it reads the directory through `DirectoryHost` (host.ts) and never writes its fields.
 */
import { parsePostcode } from '../feed/domain/areas.js';
import { emit } from '../ui/events.js';
import type { DirectoryHost } from './host.js';
import type { DirectoryParts } from './parts.js';
import { countText, nearPhrase, say } from './results.js';
import type { SearchRun } from './search-run.js';
import type { SearchResponse } from './source.js';

/** How long typing must pause before the count is announced and the search reported. */
export const SETTLE_MS = 800;

export class Settle {
  /** What the polite live region says (the count once a search settles). */
  private said = '';
  private count = 0;

  constructor(
    private readonly host: DirectoryHost,
    private readonly parts: DirectoryParts,
    private readonly searches: SearchRun,
    private readonly size: () => number,
  ) {}

  /** The live region's words. */
  get announcement(): string {
    return this.said;
  }

  /** Says these sentences (the same words said again are said again: a trailing space every other time). */
  say(sentences: Array<string | false | undefined>): void {
    this.said = sentences.some(Boolean) ? say(sentences, ++this.count) : '';
    this.host.element.requestUpdate();
  }

  /** A postcode (or district) typed into the search box, which finds no words: the postcode field can use it. */
  typedPostcode(): string | undefined {
    return parsePostcode(this.host.search().query, true)?.normalised;
  }

  /** What the answer could not apply (an API's), in words. */
  notes(response: SearchResponse): string[] {
    return response.ignored?.length ? (this.parts.api?.notes(response, this.host.search().filters) ?? []) : [];
  }

  /** After typing pauses (`delay`), Enter, or a filter change: say the count, report the search, record it in the address (`push`). */
  settled(push = true, delay = 0, instead?: string): void {
    this.parts.url?.linked.clear();
    this.searches.settle(async (response) => {
      if (!this.host.source() || this.host.selected()) return;
      const postcode = this.typedPostcode();
      const hint = postcode && (await this.parts.lazy.near.load())?.hint(postcode);
      const { page, query } = this.host.search();
      const count = `${countText(response.total, page, this.size())}${nearPhrase(this.host.near(), this.host.nearestFirst())}.`;
      this.say(instead ? [instead] : [count, ...this.notes(response), hint]);
      if (push) this.host.writeUrl(false);
      emit(this.host.element, 'place-search', { query: query.trim(), filters: this.host.resolved(), count: response.total });
    }, delay);
  }
}
