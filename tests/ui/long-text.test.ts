/**
 * Long feed texts in parts (src/ui/long-text.ts, through richText): a description of 500,000 lines or a
 * megabyte of text draws its first part and a "Show more" button that says what it shows, never the whole
 * text at once; each press shows the next part and moves focus to its start; every word is reachable.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement, html } from 'lit';
import { LONG_TEXT } from '../../src/feed/domain/limits.js';
import { STEP, take } from '../../src/ui/long-text.js';
import { formatter, richText } from '../../src/ui/rich-text.js';
import { baseStyles } from '../../src/ui/styles.js';
import { expectAccessible } from '../support/axe.js';

class LongHost extends LitElement {
  static override styles = [baseStyles];
  static override properties = { text: {}, other: {} };
  declare text: string;
  declare other: number;
  override render() {
    return html`<div class="root"><h2>About</h2>${richText(this, this.text, 3, this.other === undefined ? undefined : html`<strong>Why:</strong>`)}</div>`;
  }
}
customElements.define('long-text-host', LongHost);

async function host(text: string, lead?: boolean): Promise<LongHost> {
  const el = document.createElement('long-text-host') as LongHost;
  el.text = text;
  if (lead) el.other = 1;
  document.body.append(el);
  await el.updateComplete;
  await waitUntil(() => formatter.loaded, 'the formatter loaded');
  await el.updateComplete;
  return el;
}

const shownText = (el: LongHost) => [...el.shadowRoot!.querySelectorAll('.text-part')].map((p) => p.textContent).join('');
const button = (el: LongHost) => el.shadowRoot!.querySelector<HTMLButtonElement>('button.show-more');

describe('Long texts in parts, with "Show more"', function () {
  this.timeout(30_000);
  afterEach(() => document.querySelectorAll('long-text-host').forEach((el) => el.remove()));

  it('draws a description of 500,000 lines as its first part and a button, not 500,000 lines', async () => {
    const text = 'Line\n'.repeat(500_000);
    const el = await host(text);
    const paragraphs = el.shadowRoot!.querySelectorAll('p:not(:has(button))');
    expect(paragraphs.length).to.be.at.most(LONG_TEXT / 4 + 1);
    expect(paragraphs.length).to.be.at.least(100);
    expect(button(el)!.textContent).to.match(/^Show the next [\d,]+ words \(of [\d,]+ left\)$/);
    await expectAccessible(el);
  });

  it('shows the next part at each press, moves focus to its start, and reaches the last word', async () => {
    const words = Array.from({ length: 40_000 }, (_, i) => `w${i}`);
    const text = words.join(' ');
    const el = await host(text);
    let presses = 0;
    while (button(el)) {
      const parts = el.shadowRoot!.querySelectorAll('.text-part').length;
      button(el)!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await waitUntil(() => el.shadowRoot!.activeElement?.classList.contains('text-part'), 'focus on the new part');
      const all = el.shadowRoot!.querySelectorAll('.text-part');
      expect(all.length).to.equal(parts + 1);
      expect(el.shadowRoot!.activeElement).to.equal(all[all.length - 1]);
      presses++;
      expect(presses).to.be.below(50);
    }
    // Every word once, none cut in two.
    expect(shownText(el).split(/\s+/).filter(Boolean)).to.deep.equal(words);
    expect(presses).to.equal(Math.ceil((text.length - LONG_TEXT) / STEP));
  });

  it('says how much the last press shows, and keeps a lead label and formatting in the first part', async () => {
    const text = `<p>Start <b>${'bold '.repeat(400)}</b></p>${'<p>More text here.</p>'.repeat(100)}`;
    const el = await host(text, true);
    expect(el.shadowRoot!.querySelector('.text-part strong')!.textContent).to.equal('Why:');
    expect(el.shadowRoot!.querySelector('.text-part b, .text-part strong:not(:first-child)')).not.to.equal(null);
    expect(button(el)!.textContent).to.match(/^Show the rest \([\d,]+ more words\)$/);
    button(el)!.click();
    await el.updateComplete;
    expect(button(el)).to.equal(null);
    expect(shownText(el)).to.contain('More text here.'.repeat(100));
  });

  it('draws a text of a megabyte in one word as parts too', async () => {
    const el = await host('x'.repeat(1_000_000));
    expect(shownText(el).length).to.equal(LONG_TEXT);
    expect(button(el)).not.to.equal(null);
  });

  it('keeps what has been shown while the element draws again', async () => {
    const el = await host('word '.repeat(5000));
    button(el)!.click();
    await el.updateComplete;
    el.requestUpdate();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('.text-part').length).to.equal(2);
    el.text = 'other '.repeat(5000);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('.text-part').length).to.equal(1);
  });

  it('cuts between paragraphs when one ends near the limit, and inside a paragraph at a word otherwise', () => {
    const p = (text: string) => ({ t: 'p' as const, k: [text] });
    const [head, rest] = take([p('a'.repeat(LONG_TEXT - 10)), p('b '.repeat(1000))], LONG_TEXT);
    expect(head).to.deep.equal([p('a'.repeat(LONG_TEXT - 10))]);
    expect(rest.length).to.equal(1);
    const [head2, rest2] = take([p('one two three '.repeat(1000))], 100);
    expect((head2[0] as { k: string[] }).k[0]).to.match(/ $/);
    expect((head2[0] as { k: string[] }).k[0].length).to.be.at.most(100);
    expect((rest2[0] as { k: string[] }).k[0]).to.match(/^(one|two|three) /);
  });
});
