/**
 * Quick exit, as GOV.UK Frontend's "Exit this page" component does it, for directories that list
 * domestic-abuse and sexual-violence services (`quick-exit`, optionally `quick-exit="https://..."`).
 *
 * - A red "Exit this page" button that stays in view (sticky at the top of the directory). It is a real
 *   link to the exit page (`rel="nofollow noreferrer"`), so it works before this part has loaded.
 * - Pressing Shift three times in a row (each within 5 seconds of the last, with no other key between
 *   and not as a modifier of another key) exits too, from anywhere on the page. The presses are counted on
 *   the button by three lights, and announced ("Shift, press 2 more times to exit."); when the time runs
 *   out, "Exit this page expired." is announced and the count starts again.
 * - Exiting covers the page at once with a blank overlay saying "Loading." (in the top layer, announced,
 *   and everything else made inert), clears the directory's own state (its `pd-*` parameters in this
 *   page's address and the shortlist in this tab), and replaces the page with the exit page
 *   (`location.replace`: Back does not return to it).
 * - Back to a page kept in the browser's cache (`pageshow`): the overlay goes and the count is reset.
 */
import { html, css, type ReactiveController, type TemplateResult } from 'lit';
import { safeUrl } from '../../feed/domain/safe-url.js';
import { currentLocale, msg } from '../../ui/localize.js';
import { clearAllLists } from './list-store.js';

/** GOV.UK's default: a neutral page that gives nothing away. */
export const DEFAULT_EXIT_URL = 'https://www.bbc.co.uk/weather';
/** How long between presses of Shift before the count starts again. */
export const SHIFT_TIMEOUT_MS = 5000;

/** What quick exit needs of the directory. */
export interface QuickExitHost {
  /** `quick-exit` as written: `''` for the default page, or an address. */
  readonly quickExit?: string;
  readonly renderRoot: HTMLElement | DocumentFragment;
  addController(controller: ReactiveController): void;
  requestUpdate(): void;
}

/** Where to go: the address given (relative to the page, or absolute) if it is a safe http(s) one, else the default. */
export function exitUrl(value: string | undefined, base = location.href): string {
  let url: string | undefined;
  try {
    url = value?.trim() ? safeUrl(new URL(value.trim(), base).href) : undefined;
  } catch {
    // Not an address: the default.
  }
  return url && /^https?:/i.test(url) ? url : DEFAULT_EXIT_URL;
}

/** The page's address without the directory's parameters (`pd-*`). */
export function withoutDirectoryState(href: string): string {
  const url = new URL(href);
  for (const key of [...url.searchParams.keys()]) if (key.startsWith('pd-')) url.searchParams.delete(key);
  return url.href;
}

/** Every directory's quick exit on the page hears one keyup listener, added once. */
const exits = new Set<QuickExit>();
let listening = false;

function onKeyUp(event: KeyboardEvent): void {
  // The first directory with quick exit on the page counts the presses.
  exits.values().next().value?.keyup(event);
}

export class QuickExit implements ReactiveController {
  /** Presses of Shift counted so far (0 to 2). */
  presses = 0;
  /** What the status region says. */
  status = '';
  /** The page is being left. */
  leaving = false;
  private lastKeyWasModified = false;
  private pressTimer?: ReturnType<typeof setTimeout>;
  private messageTimer?: ReturnType<typeof setTimeout>;
  /** Replaced in tests: where the page goes. */
  static navigate = (url: string): void => location.replace(url);

  constructor(private readonly host: QuickExitHost) {
    host.addController(this);
  }

  hostConnected(): void {
    exits.add(this);
    if (!listening) {
      document.addEventListener('keyup', onKeyUp, true);
      listening = true;
    }
    window.addEventListener('pageshow', this.reset);
  }

  hostDisconnected(): void {
    exits.delete(this);
    if (!exits.size && listening) {
      document.removeEventListener('keyup', onKeyUp, true);
      listening = false;
    }
    window.removeEventListener('pageshow', this.reset);
    clearTimeout(this.pressTimer);
    clearTimeout(this.messageTimer);
  }

  get url(): string {
    return exitUrl(this.host.quickExit);
  }

  /** GOV.UK's count: Shift alone (a Shift released after being a modifier of another key does not count). */
  keyup(event: KeyboardEvent): void {
    if (this.leaving) return;
    if (event.key === 'Shift' && !this.lastKeyWasModified) {
      this.presses++;
      clearTimeout(this.messageTimer);
      if (this.presses >= 3) {
        this.presses = 0;
        clearTimeout(this.pressTimer);
        this.exit();
      } else {
        this.status = this.presses === 1 ? msg('Shift, press 2 more times to exit.') : msg('Shift, press 1 more time to exit.');
        clearTimeout(this.pressTimer);
        this.pressTimer = setTimeout(this.expire, SHIFT_TIMEOUT_MS);
      }
      this.host.requestUpdate();
    } else if (this.presses) {
      this.expire();
    }
    this.lastKeyWasModified = event.shiftKey;
  }

  private expire = (): void => {
    clearTimeout(this.pressTimer);
    this.presses = 0;
    this.status = msg('Exit this page expired.');
    this.messageTimer = setTimeout(() => ((this.status = ''), this.host.requestUpdate()), SHIFT_TIMEOUT_MS);
    this.host.requestUpdate();
  };

  /** Covers the page, clears the directory's state, and replaces the page with the exit page. */
  exit = (event?: Event): void => {
    event?.preventDefault();
    if (this.leaving) return;
    this.leaving = true;
    this.status = '';
    const overlay = this.host.renderRoot.querySelector<HTMLDialogElement>('dialog.exit-overlay');
    // The top layer covers everything, whatever the page's own stacking; the rest of the page goes inert.
    if (overlay && !overlay.open) overlay.showModal();
    // Its text set after it is shown, so that screen readers announce it (as GOV.UK does).
    const text = overlay?.querySelector('p');
    if (text) text.textContent = msg('Loading.');
    clearAllLists();
    try {
      history.replaceState(history.state, '', withoutDirectoryState(location.href));
    } catch {
      // A page whose address cannot be changed (a sandboxed frame): it is replaced anyway.
    }
    QuickExit.navigate(this.url);
  };

  /** The page came back from the browser's cache: usable again. */
  private reset = (): void => {
    this.leaving = false;
    this.presses = 0;
    this.status = '';
    clearTimeout(this.pressTimer);
    clearTimeout(this.messageTimer);
    const overlay = this.host.renderRoot.querySelector<HTMLDialogElement>('dialog.exit-overlay');
    if (overlay?.open) overlay.close();
    this.host.requestUpdate();
  };

  render(): TemplateResult {
    // Outside the element's main root, so it says its language itself (the words are the interface's).
    return html`<div class="root quick-exit no-print" part="quick-exit" lang=${currentLocale()}>
        <a class="button warning exit-button" href=${this.url} rel="nofollow noreferrer" @click=${this.exit}
          ><span class="visually-hidden">${msg('Emergency')} </span>${msg('Exit this page')}
          <span class="lights ${this.presses ? 'on' : ''}" aria-hidden="true"
            >${[0, 1, 2].map((i) => html`<span class="light ${i < this.presses ? 'lit' : ''}"></span>`)}</span
          ></a
        >
        <span class="visually-hidden" role="status">${this.status}</span>
      </div>
      <dialog class="exit-overlay" lang=${currentLocale()} aria-label=${msg('Leaving this page')} @cancel=${(e: Event) => e.preventDefault()}><p role="alert"></p></dialog>`;
  }
}

export const styles = css`
  .quick-exit {
    background: transparent;
    position: sticky;
    inset-block-start: 0;
    z-index: 1000;
    display: flex;
    justify-content: flex-end;
    margin-block-end: var(--_place-space);
  }
  .exit-button {
    display: inline-flex;
    flex-direction: column;
    align-items: center;
    margin: 0;
    background: #d4351c;
    color: #ffffff;
    box-shadow: 0 2px 0 #55150b;
    text-decoration: none;
  }
  .exit-button:hover {
    background: #aa2a16;
  }
  @media (max-width: 40em) {
    .quick-exit,
    .exit-button {
      inline-size: 100%;
    }
  }
  .lights {
    display: none;
    line-height: 0;
    padding-block-start: 0.4em;
  }
  .lights.on {
    display: block;
  }
  .light {
    box-sizing: border-box;
    display: inline-block;
    inline-size: 0.75em;
    block-size: 0.75em;
    margin: 0 0.125em;
    border: 2px solid currentColor;
    border-radius: 50%;
  }
  .light.lit {
    border-width: 0.375em;
  }
  .exit-overlay {
    position: fixed;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    max-inline-size: none;
    max-block-size: none;
    margin: 0;
    border: 0;
    padding: 2em;
    background: #ffffff;
    color: #0b0c0c;
  }
  .exit-overlay::backdrop {
    background: #ffffff;
  }
  @media (forced-colors: active) {
    .exit-button {
      border: 2px solid ButtonText;
    }
    .light {
      border-color: ButtonText;
    }
  }
`;
