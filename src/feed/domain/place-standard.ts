/**
 * The Place Standard tool in the feed: a form's themes as the questions the form asks and the receiver
 * accepts (a rating `<id>` and two comments `<id>-good` and `<id>-better` per theme), and the results of
 * many answers (median and spread per theme) as the feed publishes them. The themes, their wording and
 * the scale come from the feed, so other versions of the tool fit; 1 to 7 when the feed gives no scale.
 * Used by `<place-feedback>`, `<place-plan>` and `placekit receive export --place-standard`.
 */
import type { FeedbackForm, PlaceStandard, PlaceStandardResult, Question, Scale, ThemeResult } from './types.js';

/** The Place Standard's own scale: 1 (a lot of room for improvement) to 7 (very little). */
export const DEFAULT_SCALE: Scale = { min: 1, max: 7 };

export const scaleOf = (standard: { scale?: Scale } | undefined): Scale => standard?.scale ?? DEFAULT_SCALE;

/** The answer ids of one theme: its rating, what is good, what could be better. */
export const themeIds = (id: string) => ({ rating: id, good: `${id}-good`, better: `${id}-better` });

/** The words a form shows where the feed gives none: the comment labels and the scale's end labels. */
export interface ThemeWords {
  good: string;
  better: string;
  low: string;
  high: string;
}

/** How long a comment may be. */
export const COMMENT_LENGTH = 2000;

/**
 * A Place Standard form's themes as questions, each theme's rating then its two comments; the feed's
 * words where it gives them, the element's (`words`) where it does not. None is required: a resident may
 * skip a theme, as on the paper form.
 */
export function themeQuestions(standard: PlaceStandard, words: ThemeWords): Question[] {
  const own = scaleOf(standard);
  const scale = { ...own, min_label: own.min_label ?? words.low, max_label: own.max_label ?? words.high };
  return standard.themes.flatMap((theme) => {
    const ids = themeIds(theme.id);
    return [
      { id: ids.rating, kind: 'rating', label: theme.question ?? theme.name, hint: theme.hint, scale },
      { id: ids.good, kind: 'long_text', label: standard.good_label ?? words.good, max_length: COMMENT_LENGTH },
      { id: ids.better, kind: 'long_text', label: standard.better_label ?? words.better, max_length: COMMENT_LENGTH },
    ] satisfies Question[];
  });
}

/** Every answer id a form accepts: its themes' (when it is a Place Standard form), then its questions'. */
export function answerIds(form: FeedbackForm): string[] {
  const themes = (form.place_standard?.themes ?? []).flatMap((t) => Object.values(themeIds(t.id)));
  return [...themes, ...form.questions.map((q) => q.id)];
}

/**
 * The value at fraction `p` of sorted numbers, interpolating between neighbours (as a spreadsheet's
 * QUARTILE.INC and PERCENTILE.INC do, so a partnership can check the figures in its own sheet).
 */
export function quantile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const at = (sorted.length - 1) * p;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (at - low);
}

const tidy = (n: number) => Math.round(n * 100) / 100;

/** Median and quartiles of some ratings, rounded to two places; undefined when there are none. */
export function summarise(ratings: readonly number[]): Pick<ThemeResult, 'median' | 'lower_quartile' | 'upper_quartile' | 'responses'> | undefined {
  const sorted = ratings.filter((n) => Number.isFinite(n)).sort((a, b) => a - b);
  if (sorted.length === 0) return undefined;
  return {
    median: tidy(quantile(sorted, 0.5)),
    lower_quartile: tidy(quantile(sorted, 0.25)),
    upper_quartile: tidy(quantile(sorted, 0.75)),
    responses: sorted.length,
  };
}

/**
 * The results of many residents' answers (each a map from answer id to value): per theme, the median and
 * spread of the ratings within the scale; themes nobody rated are left out. `participants` counts every
 * set of answers that rated at least one theme.
 */
export function resultsOf(standard: PlaceStandard, answers: ReadonlyArray<Record<string, unknown>>): { participants: number; themes: ThemeResult[] } {
  const { min, max } = scaleOf(standard);
  const rated = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
  let participants = 0;
  const byTheme = new Map<string, number[]>(standard.themes.map((t) => [t.id, []]));
  for (const set of answers) {
    let any = false;
    for (const theme of standard.themes) {
      const value = Object.hasOwn(set, theme.id) ? set[theme.id] : undefined;
      if (!rated(value)) continue;
      byTheme.get(theme.id)!.push(value);
      any = true;
    }
    if (any) participants++;
  }
  const themes: ThemeResult[] = [];
  for (const theme of standard.themes) {
    const summary = summarise(byTheme.get(theme.id)!);
    if (!summary) continue;
    const { responses, ...rest } = summary;
    themes.push({ id: theme.id, name: theme.name, ...rest, ...(responses !== participants && { responses }) });
  }
  return { participants, themes };
}

/** One resident's own ratings as results (each theme's median is their rating), for their own compass. */
export function ownResults(standard: PlaceStandard, answers: Record<string, unknown>): ThemeResult[] {
  return resultsOf(standard, [answers]).themes.map(({ id, name, median }) => ({ id, name, median }));
}

/**
 * The results to show beside a plan: those naming the plan, else the latest for its area (by when they were
 * gathered, then published order).
 */
export function resultsForPlan(results: readonly PlaceStandardResult[], plan: { id: string; area_id: string }): PlaceStandardResult | undefined {
  const named = results.filter((r) => r.plan_ids?.includes(plan.id));
  const pool = named.length ? named : results.filter((r) => r.area_id === plan.area_id && !r.plan_ids?.length);
  let best: PlaceStandardResult | undefined;
  for (const result of pool) if (!best || (result.gathered_to ?? result.gathered_from ?? '') > (best.gathered_to ?? best.gathered_from ?? '')) best = result;
  return best;
}
