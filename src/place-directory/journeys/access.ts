/**
 * Accessibility features read from the records' HSDS `accessibility` details (each location's
 * `description`, `details` and Open Referral UK 1.0's `accessibility` text), for the directory's
 * accessibility filters and their counts. Words, not codes: live directories write "Step-free entrance and
 * accessible toilet. Hearing loop at reception.", so each feature is a pattern, and a mention that says it
 * is missing ("no lift", "not wheelchair accessible", "without a hearing loop") does not count.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatNumber, msg } from '../../ui/localize.js';
import { plainText } from '../../ui/rich-text.js';
import type { Location, Opportunity, Service } from '../../feed/domain/types.js';

export const ACCESS_FEATURES = [
  'step_free',
  'accessible_toilet',
  'changing_places',
  'hearing_loop',
  'lift',
  'accessible_parking',
  'sign_language',
  'large_print',
  'quiet_space',
  'assistance_dogs',
] as const;
export type AccessFeature = (typeof ACCESS_FEATURES)[number];

const PATTERNS: Record<AccessFeature, RegExp> = {
  step_free: /\bstep[- ]?free\b|\blevel access\b|\bwheel ?chair\b|\bramps?\b|\bramped\b/i,
  accessible_toilet: /\b(?:accessible|disabled|adapted) (?:toilets?|loos?|wcs?)\b|\bchanging places\b/i,
  changing_places: /\bchanging places\b/i,
  hearing_loop: /\b(?:hearing|induction|audio)[- ]?loops?\b|\bloop system\b/i,
  lift: /\blifts?\b(?![- ]?(?:share|pick))|\belevators?\b/i,
  accessible_parking: /\b(?:accessible|disabled|blue badge) (?:parking|bays?|spaces?)\b|\bblue badge\b/i,
  sign_language: /\bBSL\b|\bsign language\b/i,
  large_print: /\blarge[- ]print\b|\bbraille\b|\beasy[- ]read\b|\bscreen[- ]?readers?\b/i,
  quiet_space: /\bquiet (?:room|space|area|corner|hour)s?\b|\bsensory room\b/i,
  assistance_dogs: /\b(?:assistance|guide|hearing) dogs?\b/i,
};

/** Words that, before a feature in the same clause, say it is not there. */
const NEGATION = /\b(?:no|not|without|isn[’']?t|aren[’']?t|unfortunately|lacks?|none)\b/i;

/** Each feature's name as a resident reads it. */
export function accessLabel(feature: AccessFeature): string {
  switch (feature) {
    case 'step_free':
      return msg('Step-free or wheelchair access');
    case 'accessible_toilet':
      return msg('Accessible toilet');
    case 'changing_places':
      return msg('Changing Places toilet');
    case 'hearing_loop':
      return msg('Hearing loop');
    case 'lift':
      return msg('Lift');
    case 'accessible_parking':
      return msg('Accessible parking');
    case 'sign_language':
      return msg('British Sign Language');
    case 'large_print':
      return msg('Large print, Braille or screen reader');
    case 'quiet_space':
      return msg('Quiet space');
    case 'assistance_dogs':
      return msg('Assistance dogs welcome');
  }
}

/** The features a text says are there. */
export function featuresIn(text: string): Set<AccessFeature> {
  const found = new Set<AccessFeature>();
  // Clauses: a sentence, or a part of one after a semicolon, "but" or "however".
  for (const clause of text.split(/[.;!?\n]+|\bbut\b|\bhowever\b/i)) {
    for (const feature of ACCESS_FEATURES) {
      const match = PATTERNS[feature].exec(clause);
      if (match && !NEGATION.test(clause.slice(0, match.index))) found.add(feature);
    }
  }
  return found;
}

function locationsOf(record: Service | Opportunity): Location[] {
  const service = record as Service;
  return [...(service.service_at_locations ?? []).flatMap((sal) => (sal.location ? [sal.location] : [])), ...((record as Opportunity).locations ?? [])];
}

const cache = new WeakMap<object, ReadonlySet<AccessFeature>>();

/** The features any of a record's places has (read once per record). */
export function accessFeatures(record: Service | Opportunity): ReadonlySet<AccessFeature> {
  let features = cache.get(record);
  if (!features) {
    const texts = locationsOf(record).flatMap((location) => (location.accessibility ?? []).flatMap((a) => [a.description, a.details, a.accessibility]));
    features = featuresIn(texts.map((text) => plainText(text)).join('\n'));
    cache.set(record, features);
  }
  return features;
}

/** Whether a record has every feature asked for. */
export const hasAccess = (record: Service | Opportunity, wanted: readonly AccessFeature[]): boolean => {
  const features = accessFeatures(record);
  return wanted.every((feature) => features.has(feature));
};

/**
 * How many records each feature would leave, with those already asked for: the count beside each
 * checkbox. A feature no record has is left out (nothing to offer).
 */
export function accessCounts(records: ReadonlyArray<Service | Opportunity>, wanted: readonly AccessFeature[] = []): Map<AccessFeature, number> {
  const counts = new Map<AccessFeature, number>();
  for (const record of records) {
    const features = accessFeatures(record);
    if (!wanted.every((feature) => features.has(feature))) continue;
    for (const feature of features) counts.set(feature, (counts.get(feature) ?? 0) + 1);
  }
  return new Map(ACCESS_FEATURES.filter((feature) => counts.has(feature)).map((feature) => [feature, counts.get(feature)!]));
}

/** What the filter needs of the directory. */
export interface AccessFilterHost {
  readonly filters: { access?: string[] };
  setFilter(name: 'access', value: string[] | undefined): void;
}

/**
 * The accessibility filters: one checkbox per feature some result has (or that is chosen), each with the
 * count choosing it would give, like the other filters. Several chosen: results with all of them.
 */
export function renderAccess(host: AccessFilterHost, counts: Record<string, number>): TemplateResult | typeof nothing {
  const chosen = host.filters.access ?? [];
  const shown = ACCESS_FEATURES.filter((feature) => counts[feature] !== undefined || chosen.includes(feature));
  if (!shown.length) return nothing;
  const toggle = (feature: AccessFeature, on: boolean) => {
    const next = on ? [...chosen, feature] : chosen.filter((f) => f !== feature);
    host.setFilter('access', next.length ? next : undefined);
  };
  return html`<fieldset class="access">
    <legend>${msg('Accessibility')}</legend>
    <p class="hint">${msg('From what each place says of itself: check with them if it matters.')}</p>
    ${shown.map(
      (feature) => html`<div class="choice">
        <input id="f-access-${feature}" type="checkbox" .checked=${chosen.includes(feature)} @change=${(e: Event) => toggle(feature, (e.target as HTMLInputElement).checked)} />
        <label for="f-access-${feature}">${accessLabel(feature)} (${formatNumber(counts[feature] ?? 0)})</label>
      </div>`,
    )}
  </fieldset>`;
}
