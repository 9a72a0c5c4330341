/**
 * The journeys' one hook into the directory, small enough for its first download: the resident's list
 * (its store; the view loads when first opened), a list opened from a shared link, and quick exit (its
 * behaviour loads at once with `quick-exit`, its button is a plain link meanwhile).
 */
import { html, nothing, type ReactiveController, type ReactiveElement, type TemplateResult } from 'lit';
import { feedText, hostTextLang } from '../../ui/feed-lang.js';
import { LazyPart, onDemand } from '../../ui/lazy-part.js';
import { formatNumber, msg, str } from '../../ui/localize.js';
import type { Entry } from '../entries.js';
import type { JourneyHost } from './host.js';
import { LIST_PARAM, MyList, listInUrl } from './list-store.js';
import type { QuickExit } from './quick-exit.js';
import { LocalDirectorySource } from '../source.js';

/** The journeys' parts, each loaded once per page when first needed (tests replace a loader to see one fail). */
export const journeyParts = {
  list: onDemand(() => import('./list-view.js')),
  exit: onDemand(() => import('./quick-exit.js')),
  access: onDemand(() => import('./access.js')),
};

type Host = JourneyHost & ReactiveElement & { readonly quickExit?: string };

export class Journeys implements ReactiveController {
  /** The list view is open. */
  listOpen = false;
  readonly myList: MyList;
  readonly list: LazyPart<typeof import('./list-view.js')>;
  readonly exitPart: LazyPart<typeof import('./quick-exit.js')>;
  /** The accessibility filters, loaded after the first results (a feed's own directory only). */
  readonly access: LazyPart<typeof import('./access.js')>;
  private exit?: QuickExit;

  constructor(private readonly host: Host) {
    host.addController(this);
    this.myList = new MyList();
    this.list = new LazyPart(host, journeyParts.list, { styles: (part) => part.styles });
    this.access = new LazyPart(host, journeyParts.access);
    this.exitPart = new LazyPart(host, journeyParts.exit, { styles: (part) => part.styles, ready: ({ QuickExit }) => (this.exit = new QuickExit(host)) });
  }

  hostConnected(): void {
    // A shared link: its list replaces this tab's, and leaves the address (a reload keeps the resident's changes).
    const url = new URL(location.href);
    const ids = listInUrl(url);
    if (!ids) return;
    this.myList.set(ids);
    this.listOpen = true;
    url.searchParams.delete(LIST_PARAM);
    try {
      history.replaceState(history.state, '', url.href);
    } catch {
      // A page whose address cannot change: the list is open all the same.
    }
  }

  /** The feed's own directory reads accessibility features once that part is here (access.ts); its search runs again then. */
  readAccess(source: object): boolean {
    const local = source as { features?: unknown };
    if (!(source instanceof LocalDirectorySource) || local.features) return false;
    const access = this.access.value;
    if (access) return Boolean((local.features = access.accessFeatures));
    if (!this.access.failed) void this.access.load();
    return false;
  }

  /** Quick exit's button, before anything else (also while the feed loads or fails). */
  renderExit(): TemplateResult | typeof nothing {
    if (this.host.quickExit === undefined || this.host.quickExit === null) return nothing;
    return this.exitPart.use() ? this.exit!.render() : nothing;
  }

  /** "My list (3)" above the results, once there is something on it. */
  renderListButton(): TemplateResult | typeof nothing {
    const n = this.myList.ids.length;
    if (!n) return nothing;
    return html`<p class="no-print my-list-button">
      <button type="button" class="button secondary" @click=${() => this.host.showList(true)}>${msg(str`My list (${formatNumber(n)})`)}</button>
    </p>`;
  }

  /** Each result's "Add to my list" (a press toggles it; its state is the button's). */
  renderToggle(entry: Entry): TemplateResult {
    const kept = this.myList.has(entry.id);
    return html`<button type="button" class="link-button list-toggle" aria-pressed=${kept ? 'true' : 'false'} @click=${() => this.toggle(entry)}>
      ${kept ? msg('On my list') : msg('Add to my list')}<span class="visually-hidden"> ${feedText(entry.name, hostTextLang(this.host))}</span>
    </button>`;
  }

  /** Adds a listing to the list, or takes it off; says so. */
  toggle = (entry: Entry): void => {
    const name = entry.name;
    if (this.myList.has(entry.id)) {
      this.myList.remove(entry.id);
      this.host.announce(msg(str`Removed ${name} from your list.`));
    } else if (this.myList.add(entry.id)) {
      const n = formatNumber(this.myList.ids.length);
      this.host.announce(msg(str`Added ${name} to your list. Your list has ${n}.`));
    } else this.host.announce(msg('Your list is full: remove one to add another.'));
    this.host.requestUpdate();
  };
}
