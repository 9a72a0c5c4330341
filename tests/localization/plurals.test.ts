/**
 * Every plural message follows the language's rules for 0, 1, 2, 3, 6 and 11 (Intl.PluralRules): each
 * call site, in English, Welsh and Gaelic, says the form xliff/plurals.json drafts for the rule the
 * number picks (Welsh: 0 zero, 1 one, 2 two, 3 few, 6 many, 11 other; Gaelic: 1 and 11 one, 2 two,
 * 3 and 6 few, 0 other).
 */
import { expect } from '@open-wc/testing';
import { formatMiles, formatNumber, setPlacekitLocale } from '../../src/ui/localize.js';
import { countText as characterCount } from '../../src/place-feedback/questions.js';
import { validate } from '../../src/place-feedback/validation.js';
import type { Question } from '../../src/feed/domain/types.js';
import { pluralSites } from './plural-sites.js';

interface Pair {
  id: string;
  en: Record<string, string>;
  cy: Record<string, string>;
  gd: Record<string, string>;
}

const COUNTS = [0, 1, 2, 3, 6, 11];
let pairs: Pair[] = [];

/** What plurals.json says for `id` in `language` for `count`, its {n} and {a} filled in. */
function expected(id: string, language: 'en' | 'cy' | 'gd', count: number, values: Record<string, string>): string {
  const pair = pairs.find((p) => p.id === id);
  if (!pair) throw new Error(`plurals.json has no ${id}`);
  const forms = pair[language];
  const rule = new Intl.PluralRules(language).select(count);
  const text = forms[rule] ?? forms.other;
  return text.replace(/\{(\w+)\}/g, (_, name: string) => values[name]);
}

const question = (extra: Partial<Question>): Question => ({ id: 'q', kind: 'short_text', label: 'Your name', ...extra }) as Question;
const errorOf = (q: Question, answer: string) => {
  const result = validate([q], { q: answer });
  return result.ok ? '' : result.errors[0].message;
};

/** Each call site: how to make it say a count, and the values its other placeholders hold. */
const SITES: Array<{ id: string; say: (n: number) => string; values?: Record<string, string>; skip?: number[] }> = [
  { id: 'miles', say: (n) => formatMiles(n) },
  { id: 'characters.remaining', say: (n) => characterCount(n, 0) },
  { id: 'characters.too-many', say: (n) => characterCount(1, 1 + n), skip: [0] },
  { id: 'length.max', say: (n) => errorOf(question({ max_length: n }), 'x'.repeat(n + 1)), values: { a: 'Your name' }, skip: [0] },
  { id: 'length.min', say: (n) => errorOf(question({ min_length: n, required: true }), n > 1 ? 'x' : ''), values: { a: 'Your name' }, skip: [0, 1] },
  ...pluralSites,
];

describe('plural messages', () => {
  before(async () => {
    pairs = ((await (await fetch('/xliff/plurals.json')).json()) as { pairs: Pair[] }).pairs;
  });
  after(() => setPlacekitLocale('en'));
  for (const language of ['en', 'cy', 'gd'] as const) {
    it(`follow ${language}'s rules for 0, 1, 2, 3, 6 and 11 at every call site`, async () => {
      await setPlacekitLocale(language);
      for (const site of SITES) {
        for (const n of COUNTS.filter((c) => !site.skip?.includes(c))) {
          expect(site.say(n), `${site.id} ${n}`).to.equal(expected(site.id, language, n, { n: formatNumber(n), ...site.values }));
        }
      }
    });
  }

  it('covers every plural message plurals.json drafts', () => {
    expect(SITES.map((s) => s.id).sort()).to.deep.equal(pairs.map((p) => p.id).sort());
  });
});
