/**
 * Issue 17, names that mean something out of context: each "Show as table" button names its indicator,
 * and the decorative "‹" of "All Locality Plans" is no part of the button's accessible name.
 */
import { expect } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import { resetFeedCache } from '../../src/feed/load/load.js';
import { $, $$, planElement, text } from './helpers.js';

interface A11yNode {
  role?: string;
  name?: string;
  children?: A11yNode[];
}
const buttons = (node: A11yNode): string[] => [...(node.role === 'button' ? [node.name ?? ''] : []), ...(node.children ?? []).flatMap(buttons)];

describe('<place-plan> accessible names (issue 17)', () => {
  beforeEach(() => resetFeedCache());

  it('names the indicator in each "Show as table" button (after the words seen), each name once', async () => {
    const el = await planElement('area="parkhead"');
    $<HTMLButtonElement>(el, '.expand-all').click();
    await el.updateComplete;
    const toggles = $$<HTMLButtonElement>(el, '.table-toggle');
    expect(toggles.length).to.be.at.least(3);
    const tree = (await a11ySnapshot({})) as unknown as A11yNode;
    const names = buttons(tree).filter((name) => name.startsWith('Show as table'));
    expect(names.length).to.equal(toggles.length);
    expect(new Set(names).size, 'no two alike').to.equal(names.length);
    const titles = $$(el, '.indicator-title').map(text);
    expect(names).to.deep.equal(titles.map((title) => `Show as table: ${title}`));
  });

  it('keeps the decorative "‹" out of the name of "All Locality Plans"', async () => {
    const el = await planElement();
    $$<HTMLButtonElement>(el, '[part="tile"] button')[0].click();
    await el.updateComplete;
    const back = $<HTMLButtonElement>(el, '.back button');
    expect(getComputedStyle(back, '::before').content, 'still drawn').to.contain('‹');
    const tree = (await a11ySnapshot({})) as unknown as A11yNode;
    expect(buttons(tree)).to.include('All Locality Plans');
    expect(buttons(tree).filter((name) => name.includes('‹'))).to.deep.equal([]);
  });
});
