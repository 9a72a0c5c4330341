/**
 * A priority's inside (priority-body.ts) is a part loaded on demand (body-part.ts): the plan's first
 * screen shows the priorities' titles without it; it is fetched once the plan has drawn; a priority opened
 * before it is there says "Loading…", and one that cannot be shown says so with a button to try again.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { PlacePlanElement } from '../../src/place-plan/place-plan.js';
import { $, focused, planElement, text, toggleFor } from './helpers.js';

describe('<place-plan>: a priority’s inside, loaded after the first screen', () => {
  const { body } = PlacePlanElement.parts;
  let load: typeof body.load;
  let loaded: typeof body.loaded;
  beforeEach(() => {
    ({ load, loaded } = body);
    body.loaded = undefined;
  });
  afterEach(() => {
    body.load = load;
    body.loaded ??= loaded;
  });

  it('draws the titles at once, fetches the insides once the plan has drawn, and shows them when a priority opens', async () => {
    let asked = 0;
    let arrive!: () => void;
    const arrived = new Promise<void>((done) => (arrive = done));
    body.load = async () => (asked++, await arrived, load());
    const el = await planElement('area="parkhead"');
    expect(text(toggleFor(el, 'Safer, cleaner streets'))).to.equal('Safer, cleaner streets');
    await waitUntil(() => asked === 1, 'fetched once the plan has drawn');
    toggleFor(el, 'Safer, cleaner streets').click();
    await el.updateComplete;
    const region = $(el, '.priority-body:not([hidden])');
    expect(text(region)).to.equal('Loading…');
    arrive();
    await waitUntil(() => text($(el, '.priority-body:not([hidden])')).includes('What partners will do'), 'the inside is drawn');
    expect(asked).to.equal(1);
  });

  it('says when a priority cannot be shown, and its button tries again', async () => {
    let fail = true;
    body.load = () => (fail ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : load());
    const el = await planElement('area="parkhead"');
    await new Promise((done) => setTimeout(done, 50));
    toggleFor(el, 'Safer, cleaner streets').click();
    await waitUntil(() => $(el, '.priority-body:not([hidden]) .retry'), 'the retry panel');
    expect(text($(el, '.priority-body:not([hidden]) .title'))).to.equal('Sorry, this priority could not be shown');
    const retry = $<HTMLButtonElement>(el, '.priority-body:not([hidden]) .retry');
    expect(text(retry)).to.equal('Try showing the priority again');
    fail = false;
    retry.focus();
    retry.click();
    await waitUntil(() => text($(el, '.priority-body:not([hidden])')).includes('What partners will do'), 'shown after trying again');
    await waitUntil(() => focused(el) === toggleFor(el, 'Safer, cleaner streets'), 'focus on the priority’s button');
  });
});
