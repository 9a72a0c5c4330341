/**
 * A directory whose services come from a council's Open Referral UK API (`api`, `api-filters`): loaded
 * only by a directory with `api`, together with the source itself (./api/), so a directory that reads a
 * feed never downloads either. One per directory (made when the part arrives): it keeps the source for
 * the directory's settings, says what went wrong in a resident's words, and what an answer could not apply.
 */
import { formatNumber, formatWeekday, msg, plural, str } from '../ui/localize.js';
import { warnOnce } from '../ui/warn.js';
import { ApiDirectorySource, isAborted, isApiError, readFilterList } from './api/index.js';
import type { Category } from './entries.js';
import type { DirectoryHost, Problem } from './host.js';
import type { Filters, SearchResponse } from './source.js';

export interface ApiSettings {
  /** The API's base URL. */
  api: string;
  /** `api-filters`, as the page wrote it. */
  filters?: string;
  /** The feed's categories, when the directory has a feed with some. */
  categories?: Category[];
}

export class ApiMode {
  source?: ApiDirectorySource;
  /** The categories to offer are known (the feed's, or the API's taxonomy once asked). */
  known = false;
  private key?: string;
  private unsubscribe?: () => void;
  private asked = false;

  constructor(private readonly host: DirectoryHost) {}

  /** The source for these settings (the same one while they stay the same); true when it is a new one. */
  use(settings: ApiSettings): boolean {
    const { api, categories } = settings;
    const key = JSON.stringify([api, settings.filters ?? '', categories?.map((c) => c.key)]);
    if (key === this.key) return false;
    this.close();
    this.key = key;
    const element = this.host.element;
    const { filters, unknown } = readFilterList(settings.filters);
    if (unknown.length)
      warnOnce(
        element,
        `api-filters="${settings.filters}": ${unknown.join(', ')} ${unknown.length > 1 ? 'are' : 'is'} not a filter (category, age, day, open, postcode or none), so ignored.`,
      );
    const source = (this.source = new ApiDirectorySource({ api, filters, areas: [...this.host.areas()], ...(categories && { categories }) }));
    this.unsubscribe = source.subscribe(this.learnt);
    this.known = Boolean(categories);
    this.asked = false;
    return true;
  }

  private learnt = (): void => {
    this.known = true;
    this.host.element.requestUpdate();
  };

  /**
   * The first answer has come: without a feed's categories, the source asks the API for its taxonomy
   * after it (results first); once that is settled, found or not, the categories are known.
   */
  answered(): void {
    if (this.asked || !this.source) return;
    this.asked = true;
    void this.source.ready().then(this.learnt, this.learnt);
  }

  /** Gives up what is on its way (the directory left the page); the next `use` makes a new source. */
  close(): void {
    this.unsubscribe?.();
    this.source?.close();
    this.source = undefined;
    this.key = undefined;
  }

  /** Not a failure: a search given up for a later one. */
  aborted = (error: unknown): boolean => isAborted(error);

  /** A failure of the API, in a resident's words; undefined when it is not the API's (the element says it its own way). */
  problem(error: unknown): Problem | undefined {
    if (!isApiError(error)) return undefined;
    const seconds = Math.max(1, Math.ceil(error.retryAfter ?? 60));
    return {
      title: msg('Sorry, the directory could not be searched'),
      message:
        error.kind === 'offline'
          ? msg('You seem to be offline. Check your connection and try again.')
          : error.kind === 'rate-limited'
            ? busyText(seconds)
            : msg('The directory is not answering just now. Try again, or come back later.'),
      action: msg('Try searching the directory again'),
    };
  }

  /** What the answer could not apply, in words (a filter the API has none for; "open now" with another day). */
  notes(response: SearchResponse, filters: Filters): string[] {
    const names: Partial<Record<keyof Filters, string>> = {
      category: msg('category'),
      area: msg('neighbourhood'),
      kind: msg('services or ways to get involved'),
      age: msg('age'),
      free: msg('free of charge'),
      day: msg('day'),
      open: msg('open now'),
      miles: msg('distance'),
    };
    return (response.ignored ?? []).map((name) => {
      if (name === 'open' && filters.day) {
        const day = formatWeekday(filters.day);
        return msg(str`"Open now" cannot be combined with a day here, so these are the services open on ${day}.`);
      }
      if (name === 'day' && filters.open) return msg('"Open on" cannot be combined with "Open now" here, so these are the services open now.');
      const filter = names[name];
      return msg(str`This directory cannot filter by ${filter}, so that filter is not applied.`);
    });
  }
}

/** "The directory is busy just now. Wait 30 seconds, then try again." (a 429's Retry-After). */
export function busyText(wait: number): string {
  const seconds = formatNumber(wait);
  return plural(wait, {
    zero: msg(str`The directory is busy just now. Wait ${seconds} seconds, then try again.`, { id: 'directory.busy.zero' }),
    one: msg(str`The directory is busy just now. Wait ${seconds} second, then try again.`, { id: 'directory.busy.one' }),
    two: msg(str`The directory is busy just now. Wait ${seconds} seconds, then try again.`, { id: 'directory.busy.two' }),
    few: msg(str`The directory is busy just now. Wait ${seconds} seconds, then try again.`, { id: 'directory.busy.few' }),
    many: msg(str`The directory is busy just now. Wait ${seconds} seconds, then try again.`, { id: 'directory.busy.many' }),
    other: msg(str`The directory is busy just now. Wait ${seconds} seconds, then try again.`, { id: 'directory.busy.other' }),
  });
}
