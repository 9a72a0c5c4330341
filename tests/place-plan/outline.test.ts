/**
 * The plan in the page's outline: `heading-level` (2 to 6) sets the title's level and everything under
 * it follows, sizes follow levels, and the names a page author styles or sets (parts, attributes) are
 * distinct, so the docs page lists them all.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { PlacePlanElement } from '../../src/place-plan/place-plan.js';
import { expectAccessible } from '../support/axe.js';
import { $, $$, planElement, text, toggleFor } from './helpers.js';

const levelOf = (heading: Element) => Number(heading.localName.slice(1));
const headings = (el: Element) => $$(el, 'h1, h2, h3, h4, h5, h6');
/** "h3 Progress at a glance" for the first heading with this text. */
const levelFor = (el: Element, words: string) => {
  const found = headings(el).find((h) => text(h) === words);
  if (!found) throw new Error(`no heading "${words}"`);
  return found.localName;
};

async function openEverything(el: PlacePlanElement): Promise<void> {
  $<HTMLButtonElement>(el, '.expand-all').click();
  await el.updateComplete;
}

describe('<place-plan>: heading-level', () => {
  it('is 2 by default: the title h2, its sections h3, their parts h4, indicators h5', async () => {
    const el = await planElement('area="parkhead"');
    await openEverything(el);
    expect(levelFor(el, 'Parkhead Locality Plan 2024 to 2030')).to.equal('h2');
    expect(levelFor(el, 'Progress at a glance')).to.equal('h3');
    expect(levelFor(el, 'Children get the best start in life')).to.equal('h3');
    expect(levelFor(el, 'What partners will do')).to.equal('h4');
    expect(levelFor(el, 'Children in low-income families')).to.equal('h5');
    expect(levelFor(el, 'Have your say')).to.equal('h3');
  });

  it('moves the whole outline down, never past h6, in the plan and in the list', async function () {
    // axe over a plan with every priority open (and closing the loop's parts) takes over 10 s on a busy machine.
    this.timeout(40_000);
    const el = await planElement('area="parkhead" heading-level="3"');
    await waitUntil(() => $(el, '[part="you-said"]'), 'closing the loop');
    await openEverything(el);
    expect(levelFor(el, 'Parkhead Locality Plan 2024 to 2030')).to.equal('h3');
    expect(levelFor(el, 'Progress at a glance')).to.equal('h4');
    expect(levelFor(el, 'Children get the best start in life')).to.equal('h4');
    expect(levelFor(el, 'What partners will do')).to.equal('h5');
    expect(levelFor(el, 'Children in low-income families')).to.equal('h6');
    expect(levelFor(el, 'Have your say')).to.equal('h4');
    await expectAccessible(el);

    el.headingLevel = 5;
    await el.updateComplete;
    expect(levelFor(el, 'Parkhead Locality Plan 2024 to 2030')).to.equal('h5');
    expect(levelFor(el, 'Progress at a glance')).to.equal('h6');
    expect(levelFor(el, 'Children in low-income families')).to.equal('h6');

    const list = await planElement('heading-level="4"');
    expect(levelFor(list, 'Locality Plans')).to.equal('h4');
    expect(levelFor(list, 'Parkhead Locality Plan 2024 to 2030')).to.equal('h5');
    await expectAccessible(list);
  });

  it('reads a level outside 2 to 6, or not a number, as the nearest it can', async () => {
    for (const [attribute, title] of [
      ['1', 'h2'],
      ['9', 'h6'],
      ['three', 'h2'],
      ['3.4', 'h3'],
    ]) {
      const el = await planElement(`area="parkhead" heading-level="${attribute}"`);
      expect(levelFor(el, 'Parkhead Locality Plan 2024 to 2030'), `heading-level="${attribute}"`).to.equal(title);
    }
  });

  it('keeps focus moves working at any level (the title after opening a plan, the tile after going back)', async () => {
    const el = await planElement('heading-level="4"');
    $$<HTMLButtonElement>(el, '[part="tile"] button')[2].click();
    await waitUntil(() => (el.shadowRoot!.activeElement as HTMLElement | null)?.id === 'plan-title', 'focus on the plan title');
    expect(el.shadowRoot!.activeElement!.localName).to.equal('h4');
    $<HTMLButtonElement>(el, '.back button').click();
    await waitUntil(() => text(el.shadowRoot!.activeElement).startsWith('Easterhouse'), 'focus back on the tile');
  });

  for (const level of [2, 3, 4]) {
    it(`draws no heading larger than one above it in the outline (heading-level ${level})`, async () => {
      const el = await planElement(`area="parkhead" heading-level="${level}"`);
      await openEverything(el);
      const size = (h: Element) => parseFloat(getComputedStyle(h).fontSize);
      const all = headings(el);
      for (const higher of all) {
        for (const lower of all) {
          if (levelOf(lower) > levelOf(higher)) {
            expect(size(lower), `${lower.localName} "${text(lower)}" against ${higher.localName} "${text(higher)}"`).to.be.at.most(size(higher));
          }
        }
      }
    });
  }
});

describe('<place-plan>: names a page author uses', () => {
  it('never gives a part the name of an attribute (the docs page would merge them)', async () => {
    const attributes = new Set((PlacePlanElement as unknown as { observedAttributes: string[] }).observedAttributes);
    expect(attributes).to.include('plan');
    expect(attributes).to.include('heading-level');
    const parts = new Set<string>();
    const collect = (el: Element) =>
      $$(el, '[part]').forEach((node) =>
        node
          .getAttribute('part')!
          .split(/\s+/)
          .forEach((p) => parts.add(p)),
      );
    const list = await planElement();
    collect(list);
    const el = await planElement('area="parkhead"');
    await openEverything(el);
    toggleFor(el, 'Children get the best start in life');
    $<HTMLButtonElement>(el, '.behind').click();
    await el.updateComplete;
    collect(el);
    expect(parts).to.include('locality-plan');
    expect(parts).to.include('filter-note');
    expect([...parts].filter((p) => attributes.has(p))).to.deep.equal([]);
  });
});
