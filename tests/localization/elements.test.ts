/**
 * Each element in Welsh and Gaelic, in Chromium: the words a resident sees and hears are the
 * translations (no English interface message left), every `lang` says the language of the text under
 * it (interface text `cy`/`gd`, the sample feed's text `en-GB`), dates are never in US form, and at
 * 320 px nothing scrolls sideways. Also: the first element's `lang` chooses the page's language, a later
 * one that asks for another is told so, and a language placekit has no translation for gives English
 * marked `lang="en"`.
 */
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/place-directory/index.js';
import '../../src/place-plan/index.js';
import '../../src/place-connector/index.js';
import '../../src/place-feedback/index.js';
import { currentLocale, forgetPageLocale, setPlacekitLocale } from '../../src/ui/localize.js';
import { SAMPLE_FEED_URL } from '../support/fixtures.js';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (text: string) => text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name]);

/** The interface messages without placeholders: English source and this language's target. */
async function messages(language: string): Promise<{ english: Set<string>; translated: Set<string> }> {
  const xml = await (await fetch(`/xliff/${language}.xlf`)).text();
  const english = new Set<string>();
  const translated = new Set<string>();
  for (const [, body] of xml.matchAll(/<trans-unit[^>]*>([\s\S]*?)<\/trans-unit>/g)) {
    const source = /<source>([\s\S]*?)<\/source>/.exec(body)?.[1] ?? '';
    const target = /<target>([\s\S]*?)<\/target>/.exec(body)?.[1] ?? '';
    if (source.includes('<x') || !/[a-z]{3}/i.test(source)) continue;
    const [s, t] = [decode(source).trim(), decode(target).trim()];
    // Words the same in both languages ("Email", "Facebook", "am ddim" vs "free" differ) prove nothing.
    if (s.toLowerCase() === t.toLowerCase()) continue;
    english.add(s);
    translated.add(t);
  }
  return { english, translated };
}

/** Every text node and accessible-name attribute under an element, through (nested) shadow roots. */
function texts(root: Node): Array<{ text: string; at: Element }> {
  const found: Array<{ text: string; at: Element }> = [];
  const walk = (node: Node) => {
    if (node instanceof Element) {
      if (node.localName === 'style' || node.localName === 'script' || node.localName === 'template') return;
      for (const name of ['aria-label', 'placeholder', 'title', 'alt']) {
        const value = node.getAttribute(name);
        if (value?.trim()) found.push({ text: value.trim(), at: node });
      }
      if (node.shadowRoot) walk(node.shadowRoot);
    }
    if (node.nodeType === Node.TEXT_NODE && node.textContent?.trim() && node.parentElement)
      found.push({ text: node.textContent.trim(), at: node.parentElement });
    for (const child of node.childNodes) walk(child);
  };
  walk(root);
  return found;
}

/** The language a node's text is marked with: the nearest `lang`, looking out through shadow roots. */
function langAt(element: Element): string {
  let node: Element | null = element;
  while (node) {
    const found: Element | null = node.closest('[lang]');
    if (found) return found.getAttribute('lang')!;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return '';
}

/** Every `lang` value inside an element's shadow root (and nested ones). */
function langs(el: Element): Set<string> {
  const values = new Set<string>();
  const walk = (root: ParentNode) => {
    for (const node of root.querySelectorAll('*')) {
      if (node.hasAttribute('lang')) values.add(node.getAttribute('lang')!);
      if (node.shadowRoot) walk(node.shadowRoot);
    }
  };
  walk(el.shadowRoot!);
  return values;
}

/** Short texts of the sample feed that the elements show whole: names, titles, labels. */
async function feedWords(): Promise<Set<string>> {
  const feed = await (await fetch(SAMPLE_FEED_URL)).json();
  const words = new Set<string>();
  const add = (value: unknown) => typeof value === 'string' && value.trim().length > 3 && words.add(value.trim());
  for (const service of feed.services) add(service.name);
  for (const plan of feed.locality_plans) {
    add(plan.title);
    for (const priority of plan.priorities ?? []) {
      add(priority.title);
      for (const action of priority.actions ?? []) add(action.title);
    }
  }
  for (const connector of feed.connectors) {
    add(connector.role_title);
    for (const help of connector.help_with ?? []) add(help);
  }
  for (const form of feed.feedback_forms) {
    add(form.title);
    for (const question of form.questions) add(question.label);
    for (const theme of form.place_standard?.themes ?? []) add(theme.question);
  }
  return words;
}

/** No US forms: month before day ("April 22"), AM/PM, m/d/y, or a comma before the year. */
const US = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December) \d|\d{1,2}\/\d{1,2}\/\d{4}|\b[AP]M\b|\d, \d{4}/;

const ELEMENTS = [
  { tag: 'place-directory', attributes: '', ready: (el: Element) => el.shadowRoot!.querySelector('[part~="result"], .results li, li') },
  { tag: 'place-plan', attributes: 'area="parkhead"', ready: (el: Element) => el.shadowRoot!.querySelector('h2') },
  { tag: 'place-connector', attributes: 'area="parkhead"', ready: (el: Element) => el.shadowRoot!.querySelector('[part="card"]') },
  { tag: 'place-feedback', attributes: 'form="plan-feedback"', ready: (el: Element) => el.shadowRoot!.querySelector('form') },
  // The Place Standard: the feed's theme questions with placekit's own comment labels and scale ends.
  { tag: 'place-feedback', attributes: 'form="place-standard"', ready: (el: Element) => el.shadowRoot!.querySelector('form textarea') },
];

/** An element in a wrapper with `lang`, once it has drawn its content in `language`. */
async function shown(tag: string, attributes: string, lang: string, language: string): Promise<HTMLElement> {
  const wrapper = await fixture<HTMLElement>(`<div lang="${lang}"><${tag} feed="${SAMPLE_FEED_URL}" ${attributes}></${tag}></div>`);
  const el = wrapper.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
  const spec = ELEMENTS.find((e) => e.tag === tag && e.attributes === attributes) ?? ELEMENTS.find((e) => e.tag === tag)!;
  await waitUntil(
    () => currentLocale() === language && spec.ready(el) && el.shadowRoot!.querySelector('.root')?.getAttribute('lang') === language,
    `${tag} in ${language}`,
    { timeout: 8000 },
  );
  await el.updateComplete;
  return el;
}

describe('each element in Welsh and Gaelic', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    forgetPageLocale();
    await setPlacekitLocale('en');
    forgetPageLocale();
  });

  for (const language of ['cy', 'gd']) {
    for (const { tag, attributes } of ELEMENTS) {
      it(`<${tag}> in ${language}: translated, marked, no US dates, no sideways scroll at 320 px`, async () => {
        const { english, translated } = await messages(language);
        const publisherWords = await feedWords();
        await setPlacekitLocale('en');
        forgetPageLocale();
        await setViewport({ width: 320, height: 640 });
        const el = await shown(tag, attributes, language, language);

        const all = texts(el.shadowRoot!);
        const inInterface = all.filter(({ at }) => langAt(at) === language);
        const untranslated = inInterface.filter(({ text }) => english.has(text)).map(({ text }) => text);
        expect(untranslated, 'English interface text').to.deep.equal([]);
        const seen = inInterface.filter(({ text }) => translated.has(text));
        expect(seen.length, 'translated messages shown').to.be.at.least(1);
        const misMarked = all.filter(({ text, at }) => translated.has(text) && langAt(at) !== language).map(({ text }) => text);
        expect(misMarked, 'translations marked as another language').to.deep.equal([]);

        const fromFeed = all.filter(({ text }) => publisherWords.has(text));
        expect(fromFeed.length, 'feed text shown').to.be.at.least(1);
        const feedMisMarked = fromFeed.filter(({ at }) => langAt(at) !== 'en-GB').map(({ text }) => text);
        expect(feedMisMarked, 'feed text (en-GB) marked as another language').to.deep.equal([]);

        expect(el.shadowRoot!.querySelector('.root')!.getAttribute('lang')).to.equal(language);
        for (const value of langs(el)) expect([language, 'en-GB'], `lang="${value}"`).to.include(value);

        // The interface's own dates (a feed's English text may say "in September 2026" as it likes).
        const words = inInterface.map(({ text }) => text).join('\n');
        expect(words).to.not.match(US);

        const page = document.documentElement;
        expect(page.scrollWidth, 'page scrolls sideways').to.be.at.most(page.clientWidth);
        expect(el.scrollWidth, 'element scrolls sideways').to.be.at.most(el.clientWidth + 1);
      });
    }
  }
});

describe('choosing the language', () => {
  afterEach(async () => {
    forgetPageLocale();
    await setPlacekitLocale('en');
    forgetPageLocale();
  });

  it('the first element chooses from its lang; a later one asking for another is told, and marked as what it shows', async () => {
    await setPlacekitLocale('en');
    forgetPageLocale();
    const first = await shown('place-connector', 'area="parkhead"', 'gd', 'gd');
    expect(first.shadowRoot!.querySelector('.root')!.getAttribute('lang')).to.equal('gd');
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const second = await shown('place-connector', 'area="parkhead"', 'cy', 'gd');
      expect(second.shadowRoot!.querySelector('.root')!.getAttribute('lang')).to.equal('gd');
    } finally {
      console.warn = warn;
    }
    expect(warnings.join('\n')).to.match(/place-connector: its lang asks for cy .* this page's is gd/);
  });

  it('a language chosen again redraws placekit’s own words in a Place Standard form, marked as that language', async () => {
    await setPlacekitLocale('en');
    forgetPageLocale();
    const el = await shown('place-feedback', 'form="place-standard"', 'cy', 'cy');
    const label = () => el.shadowRoot!.querySelector<HTMLElement>('.theme textarea')!.closest('.field')!.querySelector('label')!;
    expect(label().textContent!.trim()).to.equal("Beth sy'n dda am hyn?");
    expect(langAt(label())).to.equal('cy');
    await setPlacekitLocale('gd');
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(label().textContent!.trim()).to.equal('Dè tha math mu dheidhinn seo?');
    expect(langAt(label())).to.equal('gd');
  });

  it('the quick exit, outside the element’s main root, is marked with the language it is in', async () => {
    await setPlacekitLocale('en');
    forgetPageLocale();
    const wrapper = await fixture<HTMLElement>(`<div lang="en"><place-directory feed="${SAMPLE_FEED_URL}" quick-exit></place-directory></div>`);
    const el = wrapper.firstElementChild as HTMLElement;
    await setPlacekitLocale('cy');
    const link = () => el.shadowRoot!.querySelector<HTMLElement>('.quick-exit a');
    await waitUntil(() => link()?.textContent?.includes('Gadael y dudalen hon'), 'the quick exit in Welsh', { timeout: 8000 });
    expect(langAt(link()!)).to.equal('cy');
    expect(langAt(el.shadowRoot!.querySelector('dialog.exit-overlay')!)).to.equal('cy');
  });

  it('a language placekit has no translation for is English, marked lang="en"', async () => {
    await setPlacekitLocale('en');
    forgetPageLocale();
    const el = await shown('place-plan', 'area="parkhead"', 'fr', 'en');
    expect(el.shadowRoot!.querySelector('.root')!.getAttribute('lang')).to.equal('en');
    expect(el.shadowRoot!.querySelector('.root')!.textContent).to.match(/Parkhead/);
  });
});
