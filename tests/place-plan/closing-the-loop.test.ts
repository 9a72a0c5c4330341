/**
 * Closing the loop in `<place-plan>` (src/place-plan/loop.ts): how residents can help under each priority,
 * "you said, we did" at the top and under its priority with the progress report beside it, "What happened
 * to my feedback?", and the area's Place Standard compass; by keyboard at 320 px, axe clean in each state;
 * and the part never downloaded for a plan that has none of it.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { PlacePlanElement } from '../../src/place-plan/place-plan.js';
import { expectAccessible } from '../support/axe.js';
import { feedDataUrl, minimalFeed } from '../support/fixtures.js';
import { $, $$, focused, planElement, text, toggleFor } from './helpers.js';

/** The plan with its loop part drawn (it loads on demand). */
async function loopPlan(attributes = 'area="parkhead"', feed?: string): Promise<PlacePlanElement> {
  const el = await planElement(attributes, feed);
  await waitUntil(() => $(el, '[part="you-said"]') || $(el, '[part="place-standard"]'), 'the loop part is drawn');
  return el;
}

async function open(el: PlacePlanElement, title: string): Promise<HTMLElement> {
  const button = toggleFor(el, title);
  button.click();
  await el.updateComplete;
  return el.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)!;
}

describe('<place-plan>: how you can help', function () {
  // axe over these states takes seconds on a busy machine.
  this.timeout(30_000);
  it('lists under a priority the opportunities that serve it (what, when, where) and the area’s Community Connector to ask', async () => {
    const el = await loopPlan();
    const body = await open(el, 'Residents have a real say in decisions');
    const help = body.querySelector('[part="how-to-help"]')!;
    expect(text(help.querySelector('h4'))).to.equal('How you can help');
    // Named by the priority, and the gala day names the priority itself; the priority also names the
    // refresh survey, which closed in June 2026, so it is left out.
    const names = [...help.querySelectorAll('.opportunity-title')].map((n) => text(n));
    expect(names).to.deep.equal(['Join the Locality Plan community panel', 'Parkhead Thriving Places Community Forum', 'Parkhead community gala day']);
    const forum = [...help.querySelectorAll('[part="opportunity"]')].find((o) => text(o).includes('Community Forum'))!;
    expect(text(forum.querySelector('.kind'))).to.equal('Community meeting');
    const facts = [...forum.querySelectorAll('dl > div')].map((d) => text(d.querySelector('dt')));
    expect(facts).to.include.members(['When', 'Where']);
    expect(text(forum)).to.match(/Next: \w+day \d+ \w+ 20\d\d at/);
    const ask = help.querySelector('.ask')!;
    expect(text(ask)).to.contain('Ask Catrìona Baird, your Community Connector.');
    expect(ask.querySelector('a[href^="tel:"]')!.getAttribute('href')).to.equal('tel:01414960501');
    expect(ask.querySelector('a[href^="mailto:"]')!.getAttribute('href')).to.equal('mailto:catriona.baird@example.org');
    await expectAccessible(el);
  });

  it('leaves out opportunities that are over, and a priority no current one serves has no such section', async () => {
    const feed = feedDataUrl(
      minimalFeed({
        areas: [{ id: 'a', name: 'A' }],
        opportunities: [
          { id: 'past', kind: 'event', name: 'A past event', dates: [{ starts_at: '2020-01-01T10:00:00Z' }] },
          { id: 'closed', kind: 'consultation', name: 'A closed consultation', closing_date: '2020-06-30' },
          { id: 'online', kind: 'consultation', name: 'Tell us online', online: true, priority_ids: ['p2'] },
        ],
        locality_plans: [
          {
            id: 'plan',
            area_id: 'a',
            title: 'Plan',
            priorities: [
              { id: 'p1', title: 'Only past ones', opportunity_ids: ['past', 'closed'] },
              { id: 'p2', title: 'One online', actions: [{ id: 'x', title: 'An action' }] },
            ],
          },
        ],
      }),
    );
    const el = await planElement('area="a"', feed);
    await waitUntil(() => (PlacePlanElement.parts.loop.loaded ? el.updateComplete : false));
    expect((await open(el, 'Only past ones')).querySelector('[part="how-to-help"]')).to.equal(null);
    const help = (await open(el, 'One online')).querySelector('[part="how-to-help"]')!;
    expect([...help.querySelectorAll('.opportunity-title')].map((n) => text(n))).to.deep.equal(['Tell us online']);
    expect([...help.querySelectorAll('dl > div')].map((d) => `${text(d.querySelector('dt'))}: ${text(d.querySelector('dd'))}`)).to.deep.equal([
      'Where: Online',
    ]);
    expect(help.querySelector('.ask')).to.equal(null, 'no connector in this feed');
  });

  it('keeps the headline counted from the actions and indicators, whatever the loop adds', async () => {
    const el = await loopPlan();
    expect(text($(el, '.headline-actions'))).to.equal('3 of 12 actions complete, 1 with major slippage.');
  });
});

describe('<place-plan>: you said, we did', function () {
  // axe over these states takes seconds on a busy machine.
  this.timeout(30_000);
  it('shows a short list at the top, counted from the responses, with the progress report beside it, named as the header names it', async () => {
    const el = await loopPlan();
    const top = $(el, '[part="you-said"]');
    expect(text(top.querySelector('h3'))).to.equal('You said, we did');
    expect(text(top.querySelector('p'))).to.equal('5 things residents told us, and what we did: 3 done so far.');
    const items = [...top.querySelectorAll(':scope > .responses > [part="response"]')];
    expect(items).to.have.length(3);
    expect(text(items[0].querySelector('.said'))).to.equal('You said: The bus stops on Gallowgate need shelters and seats: older people wait in the rain.');
    expect(text(items[0].querySelector('.gathered'))).to.equal('64 people said this, through a survey and street stalls, from March 2026 to May 2026.');
    expect(text(items[0].querySelector('.did'))).to.equal('Done: Four new shelters with seats were put up on Gallowgate in September 2026.');
    expect(text(items[0].querySelector('.belongs'))).to.equal('Priority: Safer, cleaner streets.');
    const report = top.querySelector<HTMLAnchorElement>('.report-link a')!;
    // The same link as in the plan's header, so the same name (WCAG 3.2.4, consistent identification).
    expect(text(report)).to.equal('Read the latest progress report');
    expect(text(el.shadowRoot!.querySelector(`header a[href="${report.getAttribute('href')}"]`))).to.equal(text(report));
    expect(report.getAttribute('href')).to.equal('https://example.org/locality-plans/parkhead-progress-report-2026.pdf');
    expect(text(top.querySelector('.report-link'))).to.contain('(June 2026)');
    await expectAccessible(el);
  });

  it('shows under a priority what residents said of it: planned, and not doing with the reason', async () => {
    const el = await loopPlan();
    const body = await open(el, 'Children get the best start in life');
    const section = body.querySelector('.you-said')!;
    expect(text(section.querySelector('h4'))).to.equal('You said, we did');
    const items = [...section.querySelectorAll('[part="response"]')];
    expect(items.map((i) => text(i.querySelector('.response-status')))).to.deep.equal(['Planned', 'Not doing']);
    expect(text(items[0].querySelector('.did'))).to.equal('Planned: The third new group will meet on Tuesday evenings from 2027.');
    expect(text(items[1])).to.contain('Why not: The building is unsafe');
    expect(items[0].querySelector('.said')!.tagName).to.equal('H5');
    await expectAccessible(el);
  });
});

describe('<place-plan>: you said, we did, belonging nowhere', function () {
  // axe over these states takes seconds on a busy machine.
  this.timeout(30_000);
  it('lists at the top every response that belongs to no priority, besides the latest three', async () => {
    const r = (id: string, extra: Record<string, unknown> = {}) => ({
      id,
      you_said: `said ${id}`,
      we_did: `did ${id}`,
      status: 'done',
      priority_id: 'p',
      ...extra,
    });
    const feed = feedDataUrl(
      minimalFeed({
        areas: [{ id: 'a', name: 'A' }],
        locality_plans: [
          {
            id: 'plan',
            area_id: 'a',
            title: 'Plan',
            priorities: [{ id: 'p', title: 'P' }],
            responses: [r('1'), r('2'), r('3'), r('4'), r('loose', { status: 'planned', priority_id: undefined })],
          },
        ],
      }),
    );
    const el = await loopPlan('area="a"', feed);
    const top = $(el, '[part="you-said"]');
    expect([...top.querySelectorAll(':scope > .responses .said')].map((n) => text(n))).to.deep.equal([
      'You said: said 1',
      'You said: said 2',
      'You said: said 3',
      'You said: said loose',
    ]);
    expect(text(top)).to.contain('Each priority below lists the rest');
    const body = await open(el, 'P');
    expect([...body.querySelectorAll('.you-said .said')].map((n) => text(n))).to.deep.equal([
      'You said: said 1',
      'You said: said 2',
      'You said: said 3',
      'You said: said 4',
    ]);
  });
});

describe('<place-plan>: what happened to my feedback?', function () {
  // axe over these states takes seconds on a busy machine.
  this.timeout(30_000);
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('finds, by keyboard at 320 px, the responses a reference contributed to, however it is typed', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await loopPlan();
    const input = $<HTMLInputElement>(el, '#lookup-reference');
    expect(text($(el, 'label[for="lookup-reference"]'))).to.equal('Your feedback reference');
    expect(input.getAttribute('aria-describedby')).to.equal('lookup-hint');
    input.focus();
    await sendKeys({ type: '3f2a-9c41' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const result = $(el, '.lookup-result');
    expect(result.getAttribute('role')).to.equal('status');
    expect(text(result.querySelector('p'))).to.equal('Your feedback (3F2A 9C41) contributed to 2 things residents told us:');
    expect([...result.querySelectorAll('.said')].map((n) => text(n))).to.deep.equal([
      'You said: The bus stops on Gallowgate need shelters and seats: older people wait in the rain.',
      'You said: Parent and toddler groups only run in the morning, when working parents cannot come.',
    ]);
    expect(el.scrollWidth).to.be.at.most(320);
    await expectAccessible(el);
  });

  it('finds a reference published in another area’s plan, saying which plan', async () => {
    const el = await loopPlan();
    const input = $<HTMLInputElement>(el, '#lookup-reference');
    input.value = '7B1D 04E8';
    $<HTMLButtonElement>(el, '.lookup button').click();
    await el.updateComplete;
    expect(text($(el, '.lookup-result .belongs'))).to.contain('In Springburn Locality Plan');
  });

  it('says plainly when nothing is published for a reference yet, and what is wrong with one that cannot be a reference', async () => {
    const el = await loopPlan();
    const input = $<HTMLInputElement>(el, '#lookup-reference');
    input.value = 'ABCD 1234';
    $<HTMLButtonElement>(el, '.lookup button').click();
    await el.updateComplete;
    expect(text($(el, '.lookup-result'))).to.contain('We have not yet published a response that ABCD 1234 contributed to.');
    input.value = 'my name';
    $<HTMLButtonElement>(el, '.lookup button').click();
    await el.updateComplete;
    await waitUntil(() => focused(el) === $(el, '#lookup-reference'), 'focus back in the box');
    expect(text($(el, '#lookup-error'))).to.equal('Error: Enter your reference as it was shown to you, 8 letters and numbers, like 3F2A 9C41');
    expect($(el, '#lookup-reference').getAttribute('aria-invalid')).to.equal('true');
    expect($(el, '#lookup-reference').getAttribute('aria-describedby')).to.equal('lookup-hint lookup-error');
    expect(text($(el, '.lookup-result'))).to.equal('');
    await expectAccessible(el);
  });
});

describe('<place-plan>: the area’s Place Standard compass', function () {
  // axe over these states takes seconds on a busy machine.
  this.timeout(30_000);
  it('shows the results that informed the plan: who took part, when, the compass with its sentence and table', async () => {
    const el = await loopPlan('area="springburn"');
    const section = $(el, '[part="place-standard"]');
    expect(text(section.querySelector('h3'))).to.equal('How residents rated Springburn');
    expect(text(section.querySelector('p'))).to.equal(
      '148 people took part in the Place Standard, rating each theme of the place. Gathered from April 2026 to June 2026. Online and at the Winter Gardens open day.',
    );
    expect(section.querySelectorAll('tbody tr')).to.have.length(14);
    expect(text(section.querySelector('figcaption'))).to.equal(
      'Rated highest: Natural space (median 6 out of 7). Rated lowest: Streets and spaces, Facilities and services, Work and local economy, Social contact, Care and maintenance and Influence and sense of control (median 3 out of 7).',
    );
    await expectAccessible(el);
  });

  it('keeps each word of the compass table whole at 320 px ("Median", "Middle half of ratings")', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await loopPlan('area="parkhead"');
      const table = $(el, '[part="place-standard"] table');
      const split: string[] = [];
      for (const cell of table.querySelectorAll('th, td')) {
        const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          for (const match of node.textContent!.matchAll(/\S+/g)) {
            const range = document.createRange();
            range.setStart(node, match.index);
            range.setEnd(node, match.index + match[0].length);
            const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
            if (lines.size > 1) split.push(match[0]);
          }
        }
      }
      expect(split, 'words split across lines').to.deep.equal([]);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('has none for an area without results, and no part is downloaded for a plan with nothing of the loop', async () => {
    const el = await planElement('area="easterhouse"');
    await waitUntil(() => $(el, '[part="you-said"]'));
    expect($(el, '[part="place-standard"]')).to.equal(null);
    const { loop } = PlacePlanElement.parts;
    const { load, loaded } = loop;
    let asked = 0;
    loop.loaded = undefined;
    loop.load = () => (asked++, load());
    try {
      const plain = await planElement(
        'area="a"',
        feedDataUrl(
          minimalFeed({ areas: [{ id: 'a', name: 'A' }], locality_plans: [{ id: 'p', area_id: 'a', title: 'Plan', priorities: [{ id: 'x', title: 'X' }] }] }),
        ),
      );
      await open(plain, 'X');
      await new Promise((done) => setTimeout(done, 50));
      expect(asked).to.equal(0);
      expect($$(plain, '[part="you-said"], [part="how-to-help"], [part="place-standard"]')).to.have.length(0);
    } finally {
      loop.load = load;
      loop.loaded ??= loaded;
    }
  });

  it('still shows the plan when its loop part cannot be fetched', async () => {
    const { loop } = PlacePlanElement.parts;
    const { load, loaded } = loop;
    loop.loaded = undefined;
    loop.load = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    try {
      const el = await planElement('area="parkhead"');
      await new Promise((done) => setTimeout(done, 50));
      await el.updateComplete;
      expect($$(el, '[part="priority"]')).to.have.length(4);
      expect($(el, '[part="you-said"]')).to.equal(null);
    } finally {
      loop.load = load;
      loop.loaded ??= loaded;
    }
  });
});
