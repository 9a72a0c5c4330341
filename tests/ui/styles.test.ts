/**
 * The shared styles against what feeds and host pages do to them: words too long for any screen,
 * right-to-left text, a flex parent, and a page that changes its root font size.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { CSSResult, html as litHtml } from 'lit';
import { resetFeedCache } from '../../src/feed/load/load.js';
import { define } from '../../src/ui/define.js';
import { PlaceElement } from '../../src/ui/place-element.js';
import { formStyles, baseStyles } from '../../src/ui/styles.js';
import { expectAccessible } from '../support/axe.js';
import { feedDataUrl, minimalFeed, nextFeedEvent } from '../support/fixtures.js';

/** Feed text in every kind of container the elements use: headings, paragraphs, lists, buttons, links, a table, a flex row. */
class TextWidget extends PlaceElement {
  static override styles = [baseStyles, formStyles];
  static words = '';
  protected override renderFeed() {
    const words = TextWidget.words;
    return litHtml`
      <h2 class="heading">${words}</h2>
      <p class="para">${words}</p>
      <ul><li class="item"><button type="button" class="link-button">${words}</button></li></ul>
      <p><a class="link" href="https://example.org/">${words}</a></p>
      <button type="button" class="button">${words}</button>
      <table><tr><th scope="row">${words}</th><td class="cell">${words}</td></tr></table>
      <div class="inline"><span class="flex-item">${words}</span><button type="button" class="button">OK</button></div>
      <div class="notice"><p>Notice</p></div>
    `;
  }
}
define('text-widget', TextWidget);

async function render(words: string, container = html`<div style="inline-size: 320px"></div>`): Promise<TextWidget> {
  TextWidget.words = words;
  const outcome = nextFeedEvent();
  const wrapper = await fixture<HTMLElement>(container);
  const el = document.createElement('text-widget') as TextWidget;
  el.feed = feedDataUrl(minimalFeed());
  wrapper.append(el);
  await outcome;
  return el;
}

const inside = (el: TextWidget, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!;

describe('shared styles', () => {
  beforeEach(() => resetFeedCache());

  it('breaks a word too long for the screen instead of widening the element past 320 px', async () => {
    const el = await render('x'.repeat(2000));
    const root = inside(el, '.root');
    expect(el.getBoundingClientRect().width).to.equal(320);
    expect(root.scrollWidth, 'nothing overflows sideways').to.be.at.most(320);
    for (const selector of ['.heading', '.para', '.item', '.link-button', '.link', '.button', '.cell', '.flex-item']) {
      expect(inside(el, selector).getBoundingClientRect().width, selector).to.be.at.most(320);
    }
    await expectAccessible(el);
  });

  it('lets the element shrink in a flex parent, however wide its content would like to be', async () => {
    const el = await render('A long name: ' + 'y'.repeat(300), html`<div style="display: flex; inline-size: 320px"></div>`);
    expect(el.getBoundingClientRect().width).to.be.at.most(320);
    expect(inside(el, '.root').scrollWidth).to.be.at.most(320);
  });

  it('lays out right-to-left feed text right to left, each paragraph by its own first letter', async () => {
    /** The box of one character of a container's text. */
    const charBox = (box: HTMLElement, index: number) => {
      const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
      let node = walker.nextNode();
      while (node && !node.textContent!.trim()) node = walker.nextNode();
      const at = index < 0 ? node!.textContent!.trimEnd().length + index : node!.textContent!.length - node!.textContent!.trimStart().length + index;
      const range = document.createRange();
      range.setStart(node!, at);
      range.setEnd(node!, at + 1);
      return range.getBoundingClientRect();
    };
    for (const words of ['مركز المجتمع في باركهيد!', 'پارک ہیڈ کمیونٹی سینٹر!']) {
      const el = await render(words);
      for (const selector of ['.heading', '.para', '.item', '.link-button', '.link', '.button', '.cell', '.flex-item']) {
        const box = inside(el, selector);
        // Right to left: the closing "!" sits left of the first letter (in a left-to-right paragraph it would end up on the right).
        expect(charBox(box, -1).right, `${selector}: ${words}`).to.be.at.most(charBox(box, 0).left + 1);
      }
      for (const selector of ['.heading', '.para', '.cell']) {
        // Blocks of it are aligned to the right.
        const box = inside(el, selector);
        expect(box.getBoundingClientRect().right - charBox(box, 0).right, selector).to.be.below(12);
      }
      await expectAccessible(el);
    }
    // English stays left to right, aligned left.
    const english = await render('Parkhead Community Centre!');
    const plain = inside(english, '.para');
    expect(charBox(plain, 0).left - plain.getBoundingClientRect().left).to.be.below(1);
    expect(charBox(plain, -1).left).to.be.greaterThan(charBox(plain, 0).right);
  });

  it('keeps its spacing when the page changes its root font size (no rem)', async () => {
    const before = await render('Text');
    const spacing = (el: TextWidget) => ['.para', '.notice', '.heading'].map((s) => getComputedStyle(inside(el, s)).marginBottom);
    const expected = spacing(before);
    expect(expected).to.deep.equal(['16px', '16px', '16px']);
    document.documentElement.style.fontSize = '30px';
    try {
      resetFeedCache();
      const after = await render('Text');
      expect(spacing(after)).to.deep.equal(expected);
      expect(getComputedStyle(inside(after, '.root')).fontSize).to.equal('16px');
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });

  it('has no rem anywhere in the shared styles', () => {
    for (const sheet of [baseStyles, formStyles]) expect(sheet.cssText.match(/[\d.]+rem\b/g)).to.equal(null);
  });

  /** No rem in an element's styles, its parts' loaded on demand included. */
  const noRem = async (only: (tag: string) => boolean) => {
    for (const [tag, sheets] of await everyElementsStyles()) {
      if (!only(tag)) continue;
      for (const [name, sheet] of sheets) expect(sheet.match(/[\d.]+rem\b/g), `${tag}: ${name}`).to.equal(null);
    }
  };

  it('has no rem anywhere in the plan’s, the contact card’s or the form’s styles, their on-demand parts’ included', () =>
    noRem((tag) => tag !== 'place-directory'));

  // The directory's styles still have 1rem fallbacks; the directory's owner removes them (issue 16), then this runs.
  it.skip('has no rem anywhere in the directory’s styles, its on-demand parts’ included', () => noRem((tag) => tag === 'place-directory'));

  it('resolves each colour once, on :host (src/ui/styles.ts): no colour default repeated in the shared styles or the plan’s, contact card’s or form’s', async () => {
    const uses = new Map<string, string[]>();
    for (const [tag, sheets] of await everyElementsStyles()) {
      if (tag === 'place-directory') continue;
      for (const [name, sheet] of sheets) {
        // The shared sheets are in every element: counted once.
        if (name === 'shared' && tag !== 'place-plan') continue;
        // A property with two defaults (control borders: inputs and buttons) is resolved once for each.
        for (const [, property, fallback] of sheet.matchAll(/var\((--place-color-[a-z-]+), ([^)]+)\)/g)) {
          const key = `${property} ${fallback}`;
          uses.set(key, [...(uses.get(key) ?? []), `${tag} ${name}`]);
        }
      }
    }
    expect([...uses].filter(([, where]) => where.length > 1)).to.deep.equal([]);
    expect(uses.get('--place-color-border #b1b4b6')).to.deep.equal(['place-plan shared']);
  });
});

/** Each element's style sheets (its class's, and each part's it loads on demand) as text, by name. */
async function everyElementsStyles(): Promise<Array<[string, Array<[string, string]>]>> {
  const elements = [
    ['place-plan', (await import('../../src/place-plan/index.js')).PlacePlanElement],
    ['place-connector', (await import('../../src/place-connector/index.js')).PlaceConnectorElement],
    ['place-feedback', (await import('../../src/place-feedback/index.js')).PlaceFeedbackElement],
    ['place-directory', (await import('../../src/place-directory/index.js')).PlaceDirectoryElement],
  ] as const;
  const shared = new Set([baseStyles.cssText, formStyles.cssText]);
  const out: Array<[string, Array<[string, string]>]> = [];
  for (const [tag, Element] of elements) {
    const sheets: Array<[string, string]> = [];
    for (const style of Element.elementStyles) {
      const text = 'cssText' in style ? style.cssText : [...style.cssRules].map((r) => r.cssText).join('\n');
      sheets.push([shared.has(text) ? 'shared' : 'own', text]);
    }
    const parts = (Element as unknown as { parts?: Record<string, { get(): Promise<Record<string, unknown>> }> }).parts ?? {};
    for (const [name, part] of Object.entries(parts)) {
      for (const [key, value] of Object.entries(await part.get())) {
        if (value instanceof CSSResult && !shared.has(value.cssText)) sheets.push([`${name}.${key}`, value.cssText]);
      }
    }
    out.push([tag, sheets]);
  }
  return out;
}
