/**
 * The plan view in the page's address, for `sync-url`: `pp-plan` (a plan opened from the list),
 * `pp-status` (a status, or `behind`), `pp-partner` and `pp-open` (expanded priorities, by id, comma
 * separated). The prefix keeps clear of the page's own parameters, which are left as they are.
 */
import { BEHIND } from './filters.js';
import { STATUSES } from './progress.js';

export interface PlanUrlState {
  plan?: string;
  status?: string;
  partner?: string;
  open: string[];
}

const P = 'pp-';

export function readPlanUrl(search: string): PlanUrlState {
  const params = new URLSearchParams(search);
  const get = (name: string) => params.get(P + name) || undefined;
  return { plan: get('plan'), status: get('status'), partner: get('partner'), open: (get('open') ?? '').split(',').filter(Boolean) };
}

/** The page's address with the state written in (and the page's own parameters kept). */
export function writePlanUrl(href: string, state: PlanUrlState): string {
  const url = new URL(href);
  for (const key of [...url.searchParams.keys()]) if (key.startsWith(P)) url.searchParams.delete(key);
  const set = (name: string, value: string | undefined) => value && url.searchParams.set(P + name, value);
  set('plan', state.plan);
  set('status', state.status);
  set('partner', state.partner);
  set('open', state.open.join(','));
  return url.href;
}

/** The view the page's address asks for, as the element keeps it: a status it does not know is none. */
export function planViewInUrl(search: string): { chosen?: string; status: string; partner: string; open: ReadonlySet<string> } {
  const state = readPlanUrl(search);
  const known = state.status === BEHIND || (STATUSES as readonly string[]).includes(state.status ?? '');
  return { chosen: state.plan, status: known ? state.status! : '', partner: state.partner ?? '', open: new Set(state.open) };
}

/** Writes the view into the page's address: a new history entry (`push`, a new view) or the current one. */
export function writePlanView(state: PlanUrlState, push: boolean): void {
  const href = writePlanUrl(location.href, state);
  if (href === location.href) return;
  if (push) history.pushState(history.state, '', href);
  else history.replaceState(history.state, '', href);
}
