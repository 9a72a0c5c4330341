/**
 * Issue 17's faults in the directory, each as a resident meets it: errors they cause are announced,
 * focus never falls to <body> (Forward into a result, "Search near this postcode" while the lookup runs),
 * names without decoration, links that say they open a new tab, and text at 320 px that is neither cut
 * short ("Show") nor split inside ordinary words (weekday names).
 */
import { expect, waitUntil } from '@open-wc/testing';
import { a11ySnapshot, sendKeys, setViewport } from '@web/test-runner-commands';
import type { PlaceDirectoryElement } from '../../src/place-directory/place-directory.js';
import { expectAccessible } from '../support/axe.js';
import { $, $$, directory, focused, heading } from './helpers.js';

interface A11yNode {
  role?: string;
  name?: string;
  children?: A11yNode[];
}

const status = (el: PlaceDirectoryElement) => $(el, 'p.visually-hidden[role="status"]').textContent!;
const endpoint = 'postcode-endpoint="/__test/postcodes/"';
const DETAILS_ID = 'bd66bbc3-860f-55a5-bf52-5ebea44ca80c';

/** Names of the accessibility tree's nodes of one role. */
async function names(role: string): Promise<string[]> {
  const tree = (await a11ySnapshot({})) as unknown as A11yNode;
  const found = (node: A11yNode): string[] => [...(node.role === role ? [node.name ?? ''] : []), ...(node.children ?? []).flatMap(found)];
  return found(tree);
}

/** Holds back answers from the postcode stand-in until `release()`, as a slow connection would. */
function slowPostcodes(): { release: () => void; restore: () => void } {
  const real = window.fetch;
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  window.fetch = async (input, init) => {
    if (String(input).includes('/__test/postcodes/')) await held;
    return real(input, init);
  };
  return { release, restore: () => (window.fetch = real) };
}

afterEach(async () => {
  history.replaceState(null, '', location.pathname);
  await setViewport({ width: 800, height: 600 });
});

describe('<place-directory>: errors a resident causes are announced', () => {
  for (const [typed, error] of [
    ['', 'Enter a postcode, like G31 4XY'],
    ['hello', 'Enter a full UK postcode, like G31 4XY'],
    ['G31 9ZZ', 'We could not find the postcode G31 9ZZ. Check it and try again.'],
  ]) {
    it(`Enter in the postcode box with "${typed}" says "${error}" in the live region`, async () => {
      const el = await directory(endpoint);
      const input = $<HTMLInputElement>(el, '#postcode');
      input.focus();
      if (typed) await sendKeys({ type: typed });
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => status(el).includes(error), `announced: ${error}`, { timeout: 4000 });
      expect(status(el).startsWith('Error:'), status(el)).to.equal(true);
      expect($(el, '#postcode-error').textContent).to.contain(error);
      expect(focused(el)).to.equal(input);
      // The same mistake again is said again (the live region's text changes).
      const before = status(el);
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => status(el) !== before && status(el).includes(error), 'announced again', { timeout: 4000 });
      await expectAccessible(el);
    });
  }

  it('an age typed as words shows and announces an error, not a count as if it had worked', async () => {
    const el = await directory();
    const count = heading(el);
    const age = $<HTMLInputElement>(el, '#f-age');
    age.focus();
    await sendKeys({ type: 'fifteen' });
    await sendKeys({ press: 'Tab' });
    await waitUntil(() => status(el).includes('Enter an age in years, as a number, like 15'), 'the error announced');
    expect(status(el)).not.to.contain('results');
    expect(age.getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#age-error').textContent).to.contain('Enter an age in years');
    expect(heading(el), 'it filters nothing').to.equal(count);
    await expectAccessible(el);
  });
});

describe('<place-directory>: focus', () => {
  it('Forward into a result’s details puts focus on its name', async () => {
    const el = await directory('sync-url');
    $<HTMLButtonElement>(el, '.result h3 button').click();
    await waitUntil(() => focused(el)?.id === 'details-title', 'details');
    const back = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    history.back();
    await back;
    await waitUntil(() => $(el, '#results-title'), 'the list again');
    const forward = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    history.forward();
    await forward;
    await waitUntil(() => $(el, '#details-title'), 'the details again');
    await waitUntil(() => focused(el)?.id === 'details-title', 'focus on the name, not <body>');
  });

  it('"Search near this postcode" keeps focus in the directory while the lookup runs', async () => {
    const slow = slowPostcodes();
    try {
      const el = await directory(endpoint);
      $<HTMLInputElement>(el, '#query').focus();
      await sendKeys({ type: 'G31 4TD' });
      await waitUntil(() => $$(el, '.search button').some((b) => b.textContent!.includes('Search near this postcode')), 'the hint');
      $$<HTMLButtonElement>(el, '.search button')
        .find((b) => b.textContent!.includes('Search near this postcode'))!
        .focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => status(el).includes('Looking up G31 4TD'), 'busy');
      await el.updateComplete;
      expect(focused(el), 'not <body> while the lookup runs').not.to.equal(null);
      expect(focused(el)!.id).to.equal('results-title');
      slow.release();
      await waitUntil(() => $(el, '.near-status'), 'nearest first');
      await waitUntil(() => focused(el)?.id === 'results-title', 'still on the count');
    } finally {
      slow.restore();
    }
  });
});

describe('<place-directory>: names and links', () => {
  it('"Back to results" has no decorative "‹" in its accessible name', async () => {
    const el = await directory();
    await el.showEntry(DETAILS_ID);
    await waitUntil(() => $(el, '.back'), 'details');
    const buttons = await names('button');
    expect(buttons.filter((n) => n.includes('Back to results'))).to.deep.equal(['Back to results', 'Back to results']);
    expect(buttons.some((n) => n.includes('‹'))).to.equal(false);
  });

  it('a link that opens a new tab says so on the screen, not only to screen readers', async () => {
    const el = await directory();
    await el.showEntry(DETAILS_ID);
    await waitUntil(() => $(el, '.details a[target="_blank"]'), 'a map link');
    for (const link of $$<HTMLAnchorElement>(el, 'a[target="_blank"]')) {
      expect(link.innerText, link.href).to.contain('opens in a new tab');
      expect(link.querySelector('.visually-hidden'), 'said visibly').to.equal(null);
    }
  });
});

describe('<place-directory>: at 320 px', () => {
  it('the "Show" choice is never cut short', async () => {
    for (const width of [320, 800, 1280]) {
      await setViewport({ width, height: 800 });
      const el = await directory();
      const details = $<HTMLDetailsElement>(el, 'details.filters');
      if (details) details.open = true;
      await el.updateComplete;
      const group = $(el, '#f-kind');
      expect(group.localName, 'radios: their labels wrap').to.equal('fieldset');
      for (const label of $$(el, '#f-kind label')) expect(label.scrollWidth, `${width}px: ${label.textContent}`).to.be.at.most(label.clientWidth + 1);
      await expectAccessible(el);
    }
  });

  it('weekday names in opening times are not split across lines', async () => {
    await setViewport({ width: 320, height: 800 });
    const el = await directory();
    // A service whose times at one place run long: the weekday column was squeezed until "Wednes|day".
    await el.showEntry('563fab3f-1ecc-5f19-b755-fbc5815127e7');
    await waitUntil(() => $(el, '.hours th[scope="row"]'), 'opening times');
    for (const th of $$(el, '.hours th[scope="row"]')) {
      const range = document.createRange();
      range.selectNodeContents(th);
      const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
      expect(lines.size, `${th.textContent} on one line`).to.equal(1);
    }
    // Long unbreakable strings still break rather than widen the page.
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
  });
});
