/**
 * The Place Standard compass (src/ui/compass.ts): the radar drawn to scale, hidden from assistive
 * technology, with a sentence and a real table that say the same.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { compassStyles, compassSummary, renderCompass } from '../../src/ui/compass.js';
import type { ThemeResult } from '../../src/feed/domain/types.js';
import { expectAccessible } from '../support/axe.js';

const themes: ThemeResult[] = [
  { id: 'a', name: 'Moving around', median: 5, lower_quartile: 4, upper_quartile: 6 },
  { id: 'b', name: 'Natural space', median: 7, lower_quartile: 6, upper_quartile: 7, responses: 30 },
  { id: 'c', name: 'Feeling safe', median: 2, lower_quartile: 1, upper_quartile: 3 },
  { id: 'd', name: 'Social contact', median: 2, lower_quartile: 2, upper_quartile: 4 },
];
const scale = { min: 1, max: 7 };
const words = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function drawn(own: boolean, list = themes): Promise<HTMLElement> {
  const host = await fixture<HTMLElement>(html`<div></div>`);
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = compassStyles.cssText;
  root.append(style, document.createElement('div'));
  render(renderCompass(list, scale, { own, id: 'compass-table' }), root.lastElementChild as HTMLElement);
  return host;
}

describe('the Place Standard compass', () => {
  it('draws one spoke per theme, the lowest rating near the middle and the highest on the rim', async () => {
    const host = await drawn(false);
    const svg = host.shadowRoot!.querySelector('svg')!;
    expect(svg.getAttribute('aria-hidden')).to.equal('true');
    expect(svg.querySelectorAll('.spoke').length).to.equal(4);
    expect(svg.querySelectorAll('.ring, .rim').length).to.equal(7);
    const points = svg
      .querySelector('.rating')!
      .getAttribute('points')!
      .split(' ')
      .map((p) => p.split(',').map(Number));
    // Theme 1 at the top (median 5 of 7: 5/7 of the 150 radius), theme 2 to the right on the rim.
    expect(points[0]).to.deep.equal([200, 200 - Math.round((150 * 5 * 10) / 7) / 10]);
    expect(points[1]).to.deep.equal([350, 200]);
    expect([...svg.querySelectorAll('.number')].map((n) => n.textContent)).to.deep.equal(['1', '2', '3', '4']);
    expect(svg.querySelector('.spread')!.getAttribute('d')).to.match(/^M.+Z M.+Z$/);
  });

  it('says the highest and lowest in a sentence, ties together, and gives every figure in a table', async () => {
    const host = await drawn(false);
    const root = host.shadowRoot!;
    expect(words(root.querySelector('figcaption'))).to.equal(
      'Rated highest: Natural space (median 7 out of 7). Rated lowest: Feeling safe and Social contact (median 2 out of 7).',
    );
    const rows = [...root.querySelectorAll('tr')].map((tr) => [...tr.children].map((c) => words(c)));
    expect(rows).to.deep.equal([
      ['Theme', 'Median (1 to 7)', 'Middle half of ratings', 'Ratings'],
      ['1 Moving around', '5', '4 to 6', ''],
      ['2 Natural space', '7', '6 to 7', '30'],
      ['3 Feeling safe', '2', '1 to 3', ''],
      ['4 Social contact', '2', '2 to 4', ''],
    ]);
    expect(root.querySelectorAll('th[scope="row"]').length).to.equal(4);
    await expectAccessible(host);
  });

  it('speaks to the resident about their own ratings, without spread', async () => {
    const own = themes.map(({ id, name, median }) => ({ id, name, median }));
    const host = await drawn(true, own);
    const root = host.shadowRoot!;
    expect(words(root.querySelector('figcaption'))).to.equal(
      'You rated Natural space highest (7 out of 7) and Feeling safe and Social contact lowest (2 out of 7).',
    );
    expect([...root.querySelectorAll('thead th')].map((th) => words(th))).to.deep.equal(['Theme', 'Your rating (1 to 7)']);
    expect(root.querySelector('.spread')).to.equal(null);
    expect(
      compassSummary(
        [
          { id: 'a', name: 'A', median: 4 },
          { id: 'b', name: 'B', median: 4 },
        ],
        scale,
        true,
      ),
    ).to.equal('You rated every theme 4 out of 7.');
    await expectAccessible(host);
  });

  it('leaves the chart out with fewer than three themes: the sentence and table still say it all', async () => {
    const host = await drawn(false, themes.slice(0, 2));
    expect(host.shadowRoot!.querySelector('svg')).to.equal(null);
    expect(host.shadowRoot!.querySelectorAll('tbody tr').length).to.equal(2);
  });
});
