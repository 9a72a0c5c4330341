import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import type { LocalityPlan } from '../../src/feed/domain/types.js';
import { expectAccessible } from '../support/axe.js';
import { SAMPLE_FEED_URL, feedDataUrl, fixture as json, minimalFeed } from '../support/fixtures.js';
import { installHostileStyles } from '../support/hostile.js';
import { $, $$, choose, facts, focused, planElement, regionOf, text, toggleFor } from './helpers.js';

afterEach(async () => {
  await setViewport({ width: 800, height: 600 });
  await emulateMedia({ media: 'screen' });
  await forcedColours(false);
  history.replaceState(null, '', location.pathname);
});

/** Windows contrast themes, emulated (the runner's emulateMedia has no forced colours). */
const forcedColours = (on: boolean) => executeServerCommand('emulate-forced-colors', { active: on });

const samplePlans = async () => (await json<{ locality_plans: LocalityPlan[] }>(SAMPLE_FEED_URL)).locality_plans;

describe('<place-plan>: choosing a plan', () => {
  it('lists every plan as a tile with its area, period and headline progress', async () => {
    const el = await planElement();
    const plans = await samplePlans();
    const tiles = $$(el, '[part="tile"]');
    expect(tiles.map((t) => text(t.querySelector('h3')))).to.deep.equal(plans.map((p) => p.title));
    expect(text(tiles[0])).to.contain('Parkhead (Ceann na Pàirce) · 2024 to 2030');
    const actions = plans[0].priorities.flatMap((p) => p.actions ?? []);
    const complete = actions.filter((a) => a.status === 'complete').length;
    expect(text(tiles[0])).to.contain(`${complete} of ${actions.length} actions complete`);
    expect($(el, 'select')).to.exist;
    await expectAccessible(el);
  });

  it('opens a plan from its tile, moves focus to it, and goes back to the same tile', async () => {
    const el = await planElement();
    $$<HTMLButtonElement>(el, '[part="tile"] button')[1].click();
    await waitUntil(() => $(el, '#plan-title'), 'plan shown');
    expect(text($(el, '#plan-title'))).to.equal('Springburn Locality Plan 2024 to 2030');
    await waitUntil(() => focused(el)?.id === 'plan-title', 'focus on the plan title');
    await expectAccessible(el);
    $<HTMLButtonElement>(el, '.back button').click();
    await waitUntil(() => $(el, '[part="tile"]'), 'list shown');
    await waitUntil(() => focused(el)?.textContent?.includes('Springburn'), 'focus back on the Springburn tile');
  });

  it('finds the plan for a neighbourhood chosen from the list or by postcode', async () => {
    const el = await planElement();
    await choose(el, $<HTMLSelectElement>(el, '.area-chooser select').id, 'easterhouse');
    expect(text($(el, '#plan-title')), 'choosing only selects').to.equal('');
    $<HTMLButtonElement>(el, '.area-chooser .confirm').click();
    await waitUntil(() => text($(el, '#plan-title')).startsWith('Easterhouse'), 'Easterhouse plan shown');
    $<HTMLButtonElement>(el, '.back button').click();
    await waitUntil(() => $(el, '.area-chooser input'));
    const input = $<HTMLInputElement>(el, '.area-chooser input');
    input.focus();
    await sendKeys({ type: 'G31 4XY' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => text($(el, '#plan-title')).startsWith('Parkhead'), 'Parkhead plan shown for G31 4XY');
  });

  it('changes nothing while the resident moves through the neighbourhood list by keyboard; "Show plan" opens the plan', async () => {
    const el = await planElement();
    const select = $<HTMLSelectElement>(el, '.area-chooser select');
    select.focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(select.value, 'ArrowDown moved through the list').to.equal('springburn');
    expect(text($(el, '#plan-title')), 'no plan opened').to.equal('');
    expect($$(el, '[part="tile"]')).to.have.length(3);
    expect(focused(el) === select, 'focus stays on the list').to.be.true;
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(select.value).to.equal('easterhouse');
    await sendKeys({ press: 'Tab' });
    expect(text(focused(el))).to.equal('Show plan');
    await expectAccessible(el);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => text($(el, '#plan-title')).startsWith('Easterhouse'), 'Easterhouse plan shown');
    await waitUntil(() => focused(el)?.id === 'plan-title', 'focus on the plan title');
  });

  it('says what to do when "Show plan" is pressed with no neighbourhood chosen', async () => {
    const el = await planElement();
    $<HTMLButtonElement>(el, '.area-chooser .confirm').click();
    await el.updateComplete;
    expect(text($(el, '.area-chooser .outcome'))).to.equal('Choose a neighbourhood from the list first.');
    expect($(el, '.area-chooser .outcome').getAttribute('role')).to.equal('status');
    expect($$(el, '[part="tile"]')).to.have.length(3);
  });

  it('shows the plan for area="..." or plan="...", without a way back to a list', async () => {
    const plans = await samplePlans();
    const byArea = await planElement('area="springburn"');
    expect(text($(byArea, '#plan-title'))).to.equal('Springburn Locality Plan 2024 to 2030');
    expect($(byArea, '.back')).to.be.null;
    const byId = await planElement(`plan="${plans[2].id}"`);
    expect(text($(byId, '#plan-title'))).to.equal(plans[2].title);
  });

  it('says so when the area has no plan, and lists the plans there are', async () => {
    const el = await planElement('area="nowhere"');
    expect(text($(el, '.notice'))).to.contain('There is no Locality Plan for nowhere yet');
    expect($$(el, '[part="tile"]')).to.have.length(3);
    await expectAccessible(el);
  });
});

describe('<place-plan>: one plan', () => {
  it('shows the header: title, area, period, last updated, partnership and links', async () => {
    const el = await planElement('area="parkhead"');
    const header = $(el, '[part="header"]');
    expect(facts(header)).to.deep.equal([
      'Area: Parkhead (Ceann na Pàirce)',
      'Period: 2024 to 2030',
      'Last updated: June 2026',
      'Partnership: North East Sample Community Planning Partnership: Parkhead Locality Partnership',
    ]);
    const links = [...header.querySelectorAll('a')].map((a) => [text(a), a.getAttribute('href')]);
    expect(links).to.deep.include(['Read the full plan', 'https://example.org/locality-plans/parkhead-locality-plan-2024-2030.pdf']);
    expect(links).to.deep.include(['Read the latest progress report', 'https://example.org/locality-plans/parkhead-progress-report-2026.pdf']);
    expect(links.map((l) => l[0])).to.include('North East Sample Community Planning Partnership: Parkhead Locality Partnership');
  });

  it('counts the headline from the data', async () => {
    const el = await planElement('area="parkhead"');
    const plan = (await samplePlans())[0];
    const actions = plan.priorities.flatMap((p) => p.actions ?? []);
    const count = (s: string) => actions.filter((a) => a.status === s).length;
    expect(text($(el, '.headline-actions'))).to.equal(
      `${count('complete')} of ${actions.length} actions complete, ${count('major_slippage')} with major slippage.`,
    );
    expect(text($(el, '.headline-indicators'))).to.match(/^\d+ of 7 indicators on course\.$/);
    expect($$(el, '.status-counts li').map(text)).to.include(`On track: ${count('on_track')}`);
  });

  it('opens and closes priorities as disclosures, by mouse and keyboard', async () => {
    const el = await planElement('area="parkhead"');
    const button = toggleFor(el, 'More people in good work');
    const region = regionOf(el, button);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(region.hidden).to.be.true;
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(region.hidden).to.be.false;
    expect(text(region)).to.contain('Living Wage pledge for local employers');
    await expectAccessible(el);
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    // Open all, close all.
    $<HTMLButtonElement>(el, '.expand-all').click();
    await el.updateComplete;
    expect($$(el, '[part="priority-toggle"]').every((b) => b.getAttribute('aria-expanded') === 'true')).to.be.true;
    expect(text($(el, '.expand-all'))).to.equal('Close all priorities');
    await expectAccessible(el);
  });

  it('shows each action with lead partner, timescale and a status with a text label and an icon', async () => {
    const el = await planElement('area="parkhead"');
    $<HTMLButtonElement>(el, '.expand-all').click();
    await el.updateComplete;
    const action = $$(el, '[part="action"]').find((a) => text(a).includes('Living Wage pledge'))!;
    expect(text(action.querySelector('[part="status"]'))).to.equal('Major slippage');
    expect(facts(action)).to.deep.equal([
      'Lead partner: Parkhead Traders’ Association',
      'Working with: WorkReady North East',
      'Timescale: 2024 to 2026',
      'Due: December 2026',
    ]);
    const icon = action.querySelector('svg.status-icon')!;
    expect(icon.getAttribute('aria-hidden')).to.equal('true');
  });

  it('draws each indicator as a chart with a one-sentence summary and a table toggle', async () => {
    const el = await planElement('area="parkhead"');
    toggleFor(el, 'Children get the best start in life').click();
    await el.updateComplete;
    const indicator = $$(el, '[part="indicator"]').find((i) => text(i.querySelector('.indicator-title')) === 'Children in low-income families')!;
    expect(text(indicator.querySelector('figcaption'))).to.equal('Down from 24% in 2021 to 19% in 2025; target 15% by 2030.');
    expect(text(indicator.querySelector('.course'))).to.equal('On course');
    const chart = indicator.querySelector('svg.chart')!;
    expect(chart.getAttribute('aria-hidden')).to.equal('true');
    expect(chart.querySelector('.target')).to.exist;
    expect(chart.querySelectorAll('.point')).to.have.length(5);
    expect(chart.querySelectorAll('[tabindex], a, button')).to.have.length(0);
    const toggle = indicator.querySelector<HTMLButtonElement>('.table-toggle')!;
    const table = indicator.querySelector<HTMLTableElement>('table')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(table.hidden).to.be.true;
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(table.hidden).to.be.false;
    const rows = [...table.tBodies[0].rows].map((r) => [...r.cells].map((c) => text(c)));
    expect(rows[0]).to.deep.equal(['2021', '24%', 'Baseline']);
    expect(rows[rows.length - 1]).to.deep.equal(['2030', '15%', 'Target']);
    await expectAccessible(el);
  });

  it('formats currency and rates for the page', async () => {
    const el = await planElement('area="parkhead"');
    $<HTMLButtonElement>(el, '.expand-all').click();
    await el.updateComplete;
    const summaries = $$(el, 'figcaption').map(text);
    expect(summaries).to.include('Up from £498 in 2021 to £561 in 2025; target £620 by 2030.');
    expect(summaries).to.include('Down from 14.2 per 10,000 people in 2021 to 11.8 per 10,000 people in 2025; target 9 per 10,000 people by 2030.');
  });
});

describe('<place-plan>: filters', () => {
  it('shows what is behind, with counts, and clears', async () => {
    const el = await planElement('area="parkhead"');
    const options = [...$<HTMLSelectElement>(el, '#filter-status').options].map((o) => o.text);
    expect(options).to.include('Behind: minor or major slippage (3)');
    expect(options).to.include('Complete (3)');
    const behind = $$<HTMLButtonElement>(el, '.filters button').find((b) => text(b) === 'Show what is behind')!;
    expect(behind.getAttribute('aria-pressed')).to.equal('false');
    behind.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    // The button stays where it was, pressed, with the focus on it.
    expect(behind.getAttribute('aria-pressed')).to.equal('true');
    expect(focused(el)).to.equal(behind);
    const statuses = $$(el, '.priority-body:not([hidden]) [part="status"]').map(text);
    expect(statuses).to.have.length(3);
    expect(statuses.every((s) => s === 'Minor slippage' || s === 'Major slippage')).to.be.true;
    expect(text($(el, '.filter-outcome'))).to.equal('Showing 3 of 12 actions');
    expect($(el, '.filter-outcome').getAttribute('role')).to.equal('status');
    // The priority without anything behind says so.
    toggleFor(el, 'Residents have a real say in decisions').click();
    await el.updateComplete;
    expect(text(regionOf(el, toggleFor(el, 'Residents have a real say in decisions')))).to.contain('No actions in this priority match the filters.');
    await expectAccessible(el);
    $<HTMLButtonElement>(el, '.clear').click();
    await el.updateComplete;
    expect($<HTMLSelectElement>(el, '#filter-status').value).to.equal('');
    expect(text($(el, '.filter-outcome'))).to.equal('');
    await waitUntil(() => focused(el)?.id === 'filter-status', 'focus back on the status filter');
  });

  it('filters by partner, lead or not, with counts', async () => {
    const el = await planElement('area="parkhead"');
    const options = [...$<HTMLSelectElement>(el, '#filter-partner').options].map((o) => o.text);
    expect(options).to.include('WorkReady North East (2)');
    await choose(el, 'filter-partner', 'WorkReady North East');
    const titles = $$(el, '.priority-body:not([hidden]) .action-title').map(text);
    expect(titles).to.have.members(['Employability keyworkers based in the community hub', 'Living Wage pledge for local employers']);
    // Status counts follow the partner filter.
    const statusOptions = [...$<HTMLSelectElement>(el, '#filter-status').options].map((o) => o.text);
    expect(statusOptions[0]).to.equal('All statuses (2)');
  });
});

describe('<place-plan>: sync-url', () => {
  it('keeps the chosen plan, filters and open priorities in the address and restores them', async () => {
    const el = await planElement('sync-url');
    $$<HTMLButtonElement>(el, '[part="tile"] button')[0].click();
    await waitUntil(() => $(el, '#plan-title'));
    await choose(el, 'filter-status', 'behind');
    toggleFor(el, 'Safer, cleaner streets').click();
    await el.updateComplete;
    const params = new URLSearchParams(location.search);
    expect(params.get('pp-plan')).to.equal((await samplePlans())[0].id);
    expect(params.get('pp-status')).to.equal('behind');
    expect(params.get('pp-open')?.split(',')).to.have.length(2);
    el.remove();
    // A reload: a new element reads the address.
    const again = await planElement('sync-url');
    expect(text($(again, '#plan-title'))).to.equal('Parkhead Locality Plan 2024 to 2030');
    expect($<HTMLSelectElement>(again, '#filter-status').value).to.equal('behind');
    const open = $$(again, '[part="priority-toggle"]')
      .filter((b) => b.getAttribute('aria-expanded') === 'true')
      .map(text);
    expect(open).to.have.members(['Children get the best start in life', 'More people in good work']);
    // Back goes to the list.
    history.back();
    await waitUntil(() => $(again, '[part="tile"]'), 'list after history.back()');
  });

  it('ignores a partner the plan does not name, and drops it from the address', async () => {
    const plans = await samplePlans();
    history.replaceState(null, '', `?page=2&pp-plan=${plans[0].id}&pp-status=behind&pp-partner=Nobody`);
    const el = await planElement('sync-url');
    expect($<HTMLSelectElement>(el, '#filter-partner').value).to.equal('');
    expect([...$<HTMLSelectElement>(el, '#filter-partner').options].find((o) => o.selected)!.text).to.match(/^All partners/);
    expect(text($(el, '.filter-outcome'))).to.equal('Showing 3 of 12 actions');
    const params = new URLSearchParams(location.search);
    expect(params.get('pp-partner')).to.equal(null);
    expect(params.get('pp-status')).to.equal('behind');
    expect(params.get('page'), "the page's own parameter").to.equal('2');
  });

  it('"All Locality Plans" leaves nothing of the plan in the address', async () => {
    const el = await planElement('sync-url');
    $$<HTMLButtonElement>(el, '[part="tile"] button')[0].click();
    await waitUntil(() => $(el, '#plan-title'));
    await choose(el, 'filter-partner', 'WorkReady North East');
    toggleFor(el, 'Safer, cleaner streets').click();
    await el.updateComplete;
    expect(location.search).to.contain('pp-open');
    $<HTMLButtonElement>(el, '.back button').click();
    await waitUntil(() => $(el, '[part="tile"]'));
    expect([...new URLSearchParams(location.search).keys()].filter((k) => k.startsWith('pp-'))).to.deep.equal([]);
    // Opening another plan starts afresh.
    $$<HTMLButtonElement>(el, '[part="tile"] button')[1].click();
    await waitUntil(() => $(el, '#plan-title'));
    expect($$(el, '[part="priority-toggle"]').every((b) => b.getAttribute('aria-expanded') === 'false')).to.be.true;
    expect($<HTMLSelectElement>(el, '#filter-partner').value).to.equal('');
  });

  it('Back returns focus to the tile of the plan the resident left, Forward to the plan', async () => {
    const el = await planElement('sync-url');
    $$<HTMLButtonElement>(el, '[part="tile"] button')[1].click();
    await waitUntil(() => focused(el)?.id === 'plan-title', 'focus on the plan title');
    history.back();
    await waitUntil(() => $(el, '[part="tile"]'), 'list after Back');
    await waitUntil(
      () => focused(el)?.dataset.plan === el.shadowRoot!.querySelectorAll<HTMLElement>('[data-plan]')[1].dataset.plan,
      'focus on the Springburn tile',
    );
    expect(document.activeElement === el, 'not the page body').to.be.true;
    history.forward();
    await waitUntil(() => focused(el)?.id === 'plan-title', 'focus on the plan title after Forward');
    expect(text($(el, '#plan-title'))).to.equal('Springburn Locality Plan 2024 to 2030');
  });

  it('leaves focus alone on Back when it was elsewhere on the page', async () => {
    const el = await planElement('sync-url');
    $$<HTMLButtonElement>(el, '[part="tile"] button')[0].click();
    await waitUntil(() => focused(el)?.id === 'plan-title');
    const outside = document.createElement('button');
    outside.textContent = 'Elsewhere';
    document.body.append(outside);
    try {
      outside.focus();
      history.back();
      await waitUntil(() => $(el, '[part="tile"]'), 'list after Back');
      await el.updateComplete;
      expect(document.activeElement === outside).to.be.true;
    } finally {
      outside.remove();
    }
  });

  it('leaves the address alone without sync-url', async () => {
    const el = await planElement('area="parkhead"');
    toggleFor(el, 'Safer, cleaner streets').click();
    await el.updateComplete;
    expect(location.search).to.equal('');
  });
});

describe('<place-plan>: compact, print, sizes, themes', () => {
  it('renders just the headline and the priority titles when compact', async () => {
    const el = await planElement('area="parkhead" compact');
    expect($(el, '.headline-actions')).to.exist;
    expect($$(el, '.titles li').map(text)).to.deep.equal([
      'Children get the best start in life',
      'More people in good work',
      'Safer, cleaner streets',
      'Residents have a real say in decisions',
    ]);
    expect($$(el, 'button, select, [part="action"], [part="indicator"]')).to.have.length(0);
    await expectAccessible(el);
  });

  it('prints with every priority open and the figures as tables, without buttons', async () => {
    const el = await planElement('area="parkhead"');
    // A closed priority's body is empty on screen (a big plan renders its titles only at first)...
    expect($$(el, 'table.numbers')).to.have.length(0);
    // ...and filled as the browser prepares to print, before it lays the page out.
    window.dispatchEvent(new Event('beforeprint'));
    expect($$(el, 'table.numbers')).to.have.length(7);
    window.dispatchEvent(new Event('afterprint'));
    await el.updateComplete;
    expect($$(el, 'table.numbers')).to.have.length(0);
    await emulateMedia({ media: 'print' });
    await new Promise((done) => requestAnimationFrame(done));
    await el.updateComplete;
    const visible = (node: Element) => getComputedStyle(node).display !== 'none';
    expect($$(el, '.priority-body').every(visible)).to.be.true;
    expect($$(el, 'table.numbers')).to.have.length(7);
    expect($$(el, 'table.numbers').every(visible)).to.be.true;
    expect($$(el, '.priority-body .action-title').every((n) => n.getBoundingClientRect().height > 0)).to.be.true;
    const buttons = $$(el, 'button').filter((b) => !b.matches('[part="priority-toggle"]'));
    expect(buttons.filter(visible)).to.have.length(0);
    expect(visible($(el, '.filters'))).to.be.false;
    await emulateMedia({ media: 'screen' });
    expect(visible($$(el, '.priority-body')[0])).to.be.false;
  });

  it('prints a filtered plan as filtered, and says so', async () => {
    const el = await planElement('area="parkhead"');
    const visible = (node: Element | null) => !!node && getComputedStyle(node).display !== 'none';
    await emulateMedia({ media: 'print' });
    expect(visible(el.shadowRoot!.querySelector('[part="filter-note"]')), 'no note without filters').to.be.false;
    await emulateMedia({ media: 'screen' });
    $<HTMLButtonElement>(el, '.behind').click();
    await el.updateComplete;
    await choose(el, 'filter-partner', 'Parkhead Traders’ Association');
    const note = $(el, '[part="filter-note"]');
    expect(visible(note), 'on screen the filters say it').to.be.false;
    await emulateMedia({ media: 'print' });
    expect(visible(note)).to.be.true;
    const shown = $$(el, '.priority-body .action-title').filter((n) => n.getBoundingClientRect().height > 0).length;
    expect(text(note)).to.equal(`Showing ${shown} of 12 actions Status: Behind: minor or major slippage Partner: Parkhead Traders’ Association`);
    expect(shown).to.be.below(12);
    await emulateMedia({ media: 'screen' });
    await expectAccessible(el);
  });

  it('fits 320 px without sideways scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await planElement('area="easterhouse"');
    $<HTMLButtonElement>(el, '.expand-all').click();
    $$<HTMLButtonElement>(el, '.table-toggle').forEach((b) => b.click());
    await el.updateComplete;
    const root = $(el, '.root');
    expect(root.scrollWidth).to.be.at.most(root.clientWidth + 1);
    expect(el.getBoundingClientRect().width).to.be.at.most(320);
    await expectAccessible(el);
  });

  it('wraps long words in the facts of an action at 320 px', async () => {
    await setViewport({ width: 320, height: 640 });
    const word = 'Glasgow-North-East-Community-Health-And-Social-Care-Partnership-Locality-Engagement-Network';
    const feed = feedDataUrl(
      minimalFeed({
        areas: [{ id: 'a', name: 'A' }],
        locality_plans: [
          {
            id: 'p',
            area_id: 'a',
            title: 'Plan',
            priorities: [
              {
                id: 'q',
                title: 'Long',
                actions: [{ id: 'x', title: word, lead_partner: word, partners: [word + 'Two'], timescale: word, status: 'on_track' }],
              },
            ],
          },
        ],
      }),
    );
    const el = await planElement('area="a"', feed);
    toggleFor(el, 'Long').click();
    await el.updateComplete;
    const root = $(el, '.root');
    const right = root.getBoundingClientRect().right;
    for (const node of $$(el, '.facts dt, .facts dd')) expect(node.getBoundingClientRect().right, text(node).slice(0, 20)).to.be.at.most(right + 1);
    expect(root.scrollWidth).to.be.at.most(root.clientWidth + 1);
    await expectAccessible(el);
  });

  it('keeps shapes and labels in forced colours', async () => {
    await forcedColours(true);
    expect(matchMedia('(forced-colors: active)').matches).to.be.true;
    const el = await planElement('area="parkhead"');
    $<HTMLButtonElement>(el, '.expand-all').click();
    await el.updateComplete;
    const icon = $(el, '.status-icon.complete .fill');
    expect(getComputedStyle(icon).fill).to.not.equal('none');
    // System colours, the same for every status: the shape carries the difference.
    expect(getComputedStyle($(el, '.status-icon.complete')).color).to.equal(getComputedStyle($(el, '.status-icon.major_slippage')).color);
    expect($$(el, '.status-counts li').every((li) => li.querySelector('svg') && text(li).length > 0)).to.be.true;
    await expectAccessible(el);
  });

  it('looks and works the same on a hostile page', async () => {
    const measure = (el: Element) => {
      const style = (selector: string) => getComputedStyle($(el, selector));
      return {
        width: el.getBoundingClientRect().width > 600,
        font: style('[part="priority-toggle"]').fontSize,
        toggle: style('[part="priority-toggle"]').display,
        color: style('.headline-actions').color,
        chart: style('svg.chart').display,
        link: style('[part="header"] a').color,
        transform: style('.headline-actions').textTransform,
      };
    };
    const plain = await planElement('area="parkhead"');
    toggleFor(plain, 'Children get the best start in life').click();
    await plain.updateComplete;
    const before = measure(plain);
    const remove = installHostileStyles();
    try {
      const el = await planElement('area="parkhead"');
      toggleFor(el, 'Children get the best start in life').click();
      await el.updateComplete;
      expect(measure(el)).to.deep.equal(before);
      await expectAccessible(el);
    } finally {
      remove();
    }
  });
});
