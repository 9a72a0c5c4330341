/**
 * `placekit receive export --summary` and `--place-standard`: what the stored answers add up to, for the
 * partnership's "you said, we did" list and for the feed's Place Standard results. Neither writes an
 * answer out: only counts, medians and spreads.
 *
 * `--summary` is one CSV (RFC 4180, formula-safe, as the export): how many submissions each form had, how
 * many from each area (the `area` the page sent), and for each choice question (single and multiple
 * choice, yes/no, ratings, Place Standard ratings) how many chose each answer. With `--feed`, question kinds
 * and labels come from the feed's forms (so single choices are counted too, and labelled); without, lists,
 * yes/no and numbers are counted as they are (text answers cannot be told from single choices, so they
 * are not).
 *
 * `--place-standard` (needs `--feed`, which defines the themes) writes JSON ready for the feed's
 * `place_standard_results`: one record per form and area, each theme's median and quartiles, how many took
 * part and when. An area with fewer than `--min-participants` (default 5) is left out and said so on
 * stderr: with a handful of people, a median is one person's answer.
 *
 * Both take `--from` and `--to` (YYYY-MM-DD, inclusive, the UK date the receiver took the submission) and
 * leave out suspected spam unless `--include-suspected`.
 */
import { resultsOf, scaleOf, themeQuestions } from '../src/feed/domain/place-standard.js';
import { ukMoment } from '../src/feed/domain/schedule.js';
import type { FeedbackForm, PlaceFeed, PlaceStandardResult, Question } from '../src/feed/domain/types.js';
import { FeedError } from '../src/feed/load/problems.js';
import { parseFeedText } from '../src/feed/validator/parse.js';
import { csvRecord, type Cell } from './csv.js';
import { InputError, readInput } from './input.js';
import { inDates } from './receive-export.js';
import { ReceiveStore, type StoredRow } from './receive-store.js';

export interface SummaryOptions {
  db: string;
  forms: string[];
  feed?: string;
  from?: string;
  to?: string;
  includeSuspected?: boolean;
  /** --place-standard: areas with fewer are left out. */
  minParticipants?: number;
}

/** The stored rows in the date range, oldest first, with the UK date each was received on. */
function* inRange(store: ReceiveStore, options: SummaryOptions): Generator<StoredRow & { day: string }> {
  for (const row of store.rows(options.forms, options.includeSuspected ?? false)) {
    if (inDates(row, options)) yield { ...row, day: ukMoment(new Date(row.received_at)).iso };
  }
}

/** Reads the feed as the widgets would, for its forms. */
export async function readFeed(source: string): Promise<PlaceFeed> {
  const text = await readInput(source, 20);
  try {
    return parseFeedText(text, source).feed;
  } catch (error) {
    if (error instanceof FeedError) throw new InputError(`${source} cannot be used as a feed: ${error.message}`);
    throw error;
  }
}

const THEME_WORDS = { good: 'What is good', better: 'What could be better', low: '', high: '' };

/** A form's questions as its answers are stored: the Place Standard's themes first. */
function questionsOf(form: FeedbackForm): Question[] {
  return [...(form.place_standard ? themeQuestions(form.place_standard, THEME_WORDS) : []), ...form.questions];
}

const COUNTED = new Set(['single_choice', 'multiple_choice', 'yes_no', 'rating']);

/** The values one answer counts as: each choice, "yes"/"no", a rating; none for text. */
function countedValues(value: unknown, question: Question | undefined): string[] {
  if (question && !COUNTED.has(question.kind)) return [];
  if (Array.isArray(value)) return value.map(String);
  if (typeof value === 'boolean') return [value ? 'yes' : 'no'];
  if (typeof value === 'number') return [String(value)];
  if (typeof value === 'string' && question) return [value];
  return [];
}

function labelOf(question: Question | undefined, value: string): string {
  const option = question?.options?.find((o) => o.value === value);
  if (option) return option.label;
  if (question?.kind === 'yes_no') return value === 'yes' ? 'Yes' : 'No';
  return '';
}

export async function summaryCommand(options: SummaryOptions): Promise<{ csv: string; rows: number; forms: number }> {
  const feed = options.feed ? await readFeed(options.feed) : undefined;
  const store = await ReceiveStore.open(options.db, { readonly: true });
  const perForm = new Map<string, { n: number; areas: Map<string, number>; answers: Map<string, Map<string, number>> }>();
  let rows = 0;
  try {
    for (const row of inRange(store, options)) {
      rows++;
      let form = perForm.get(row.form_id);
      if (!form) perForm.set(row.form_id, (form = { n: 0, areas: new Map(), answers: new Map() }));
      form.n++;
      const area = row.area ?? '';
      form.areas.set(area, (form.areas.get(area) ?? 0) + 1);
      const definition = feed?.feedback_forms.find((f) => f.id === row.form_id);
      const questions = definition ? questionsOf(definition) : undefined;
      const answers = JSON.parse(row.answers) as Record<string, unknown>;
      for (const id of Object.keys(answers)) {
        const question = questions?.find((q) => q.id === id);
        if (questions && !question) continue;
        for (const value of countedValues(answers[id], question)) {
          let counts = form.answers.get(id);
          if (!counts) form.answers.set(id, (counts = new Map()));
          counts.set(value, (counts.get(value) ?? 0) + 1);
        }
      }
    }
  } finally {
    store.close();
  }
  const areaName = (id: string) => feed?.areas.find((a) => a.id === id)?.name ?? '';
  let csv = csvRecord(['count_of', 'form_id', 'question_id', 'question', 'value', 'label', 'count']);
  const line = (cells: Cell[]) => (csv += csvRecord(cells));
  for (const [formId, form] of perForm) {
    const definition = feed?.feedback_forms.find((f) => f.id === formId);
    line(['submissions', formId, null, definition?.title ?? null, null, null, form.n]);
    for (const [area, n] of [...form.areas].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) {
      line(['area', formId, null, null, area || '(none given)', areaName(area), n]);
    }
    const questions = definition ? questionsOf(definition) : [];
    const order = (id: string) => {
      const at = questions.findIndex((q) => q.id === id);
      return at < 0 ? Number.MAX_SAFE_INTEGER : at;
    };
    for (const [id, counts] of [...form.answers].sort((a, b) => order(a[0]) - order(b[0]))) {
      const question = questions.find((q) => q.id === id);
      const optionOrder = (value: string) => question?.options?.findIndex((o) => o.value === value) ?? -1;
      const sorted = [...counts].sort((a, b) =>
        question?.options
          ? optionOrder(a[0]) - optionOrder(b[0])
          : question?.kind === 'rating' || /^\d+$/.test(a[0])
            ? Number(a[0]) - Number(b[0])
            : b[1] - a[1],
      );
      for (const [value, n] of sorted) line(['answer', formId, id, question?.label ?? null, value, labelOf(question, value), n]);
    }
  }
  return { csv, rows, forms: perForm.size };
}

export interface PlaceStandardOutput {
  results: PlaceStandardResult[];
  /** Areas left out, with how many took part. */
  leftOut: Array<{ form: string; area: string; participants: number }>;
  /** Submissions that named no area. */
  noArea: number;
}

export async function placeStandardCommand(options: SummaryOptions & { feed: string }): Promise<PlaceStandardOutput> {
  const feed = await readFeed(options.feed);
  const forms = feed.feedback_forms.filter((f) => f.place_standard && (options.forms.length === 0 || options.forms.includes(f.id)));
  if (forms.length === 0)
    throw new InputError(
      options.forms.length
        ? `${options.feed} has no Place Standard form with the id ${options.forms.join(', ')}`
        : `${options.feed} has no Place Standard form`,
    );
  const min = options.minParticipants ?? 5;
  const store = await ReceiveStore.open(options.db, { readonly: true });
  const groups = new Map<string, { form: FeedbackForm; area: string; answers: Array<Record<string, unknown>>; from: string; to: string }>();
  let noArea = 0;
  try {
    for (const row of inRange(store, { ...options, forms: forms.map((f) => f.id) })) {
      const form = forms.find((f) => f.id === row.form_id);
      if (!form) continue;
      if (!row.area) {
        noArea++;
        continue;
      }
      const key = `${form.id}\u0000${row.area}`;
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { form, area: row.area, answers: [], from: row.day, to: row.day }));
      group.answers.push(JSON.parse(row.answers) as Record<string, unknown>);
      if (row.day < group.from) group.from = row.day;
      if (row.day > group.to) group.to = row.day;
    }
  } finally {
    store.close();
  }
  const results: PlaceStandardResult[] = [];
  const leftOut: PlaceStandardOutput['leftOut'] = [];
  for (const group of groups.values()) {
    const standard = group.form.place_standard!;
    const { participants, themes } = resultsOf(standard, group.answers);
    if (participants < min || themes.length === 0) {
      leftOut.push({ form: group.form.id, area: group.area, participants });
      continue;
    }
    const area = feed.areas.find((a) => a.id === group.area);
    results.push({
      id: `place-standard-${group.form.id}-${group.area}-${group.to}`,
      area_id: group.area,
      ...(area && { title: `How residents rated ${area.name}` }),
      form_id: group.form.id,
      participants,
      gathered_from: group.from,
      gathered_to: group.to,
      how_gathered: 'Through the online Place Standard form',
      ...(standard.scale && { scale: scaleOf(standard) }),
      themes,
    });
  }
  return { results, leftOut, noArea };
}
