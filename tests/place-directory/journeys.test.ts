/**
 * The directory's journeys by keyboard and screen reader at 320 px (issue 19): my list, the details'
 * additions (add to calendar, "Was this information right?", the report), quick exit, the accessibility
 * filters; axe in every new state. The end-to-end runs (shared link in a second browser, the .ics read by a
 * parser, the report reaching placekit receive, leaving the page) are in tests/e2e/directory-journeys.test.js.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { QuickExit } from '../../src/place-directory/journeys/quick-exit.js';
import type { PlaceDirectoryElement } from '../../src/place-directory/place-directory.js';
import { expectAccessible } from '../support/axe.js';
import { $, $$, answered, directory, focused, type } from './helpers.js';

const status = (el: Element) => $(el, '.directory [role=status], .my-list ~ [role=status]').textContent!.trim();
const button = (el: Element, name: RegExp) => $$<HTMLButtonElement>(el, 'button').find((b) => name.test(b.textContent!.replace(/\s+/g, ' ').trim()))!;
const press = async (key: string) => sendKeys({ press: key });

/** Whether anything is wider than a 320 px screen. */
const fits = (el: Element) => el.scrollWidth <= document.documentElement.clientWidth + 1;

describe('<place-directory>: journeys by keyboard at 320 px', function () {
  this.timeout(20_000);
  beforeEach(async () => {
    sessionStorage.clear();
    await setViewport({ width: 320, height: 640 });
  });
  afterEach(() => sessionStorage.clear());

  it('adds to my list from the results and shows the list: focus, announcements, remove, clear after a second press', async () => {
    const el = await directory();
    const adds = () => $$<HTMLButtonElement>(el, '.result .list-toggle');
    const first = adds()[0];
    const name = first.textContent!.replace('Add to my list', '').trim();
    first.focus();
    await press('Enter');
    await el.updateComplete;
    expect(first.getAttribute('aria-pressed')).to.equal('true');
    expect(first.textContent).to.contain('On my list');
    expect(status(el)).to.contain(`Added ${name} to your list. Your list has 1.`);
    adds()[1].focus();
    await press('Space');
    await el.updateComplete;
    expect(JSON.parse(sessionStorage.getItem('placekit-my-list')!)).to.have.length(2);
    await expectAccessible(el);

    button(el, /^My list \(2\)$/).focus();
    await press('Enter');
    await waitUntil(() => $(el, '.my-list'), 'the list view');
    await el.updateComplete;
    expect(focused(el)?.id).to.equal('list-title');
    expect(focused(el)?.textContent).to.equal('My list (2)');
    expect(fits(el)).to.equal(true);
    await expectAccessible(el);

    // Remove the first: focus moves to the next one's remove button.
    button(el, new RegExp(`^Remove ${name}`)).click();
    await el.updateComplete;
    await el.updateComplete;
    expect($(el, '#list-title').textContent).to.equal('My list (1)');
    expect(focused(el)?.classList.contains('remove')).to.equal(true);

    // Clear asks to be sure first.
    button(el, /^Clear my list$/).click();
    await el.updateComplete;
    await el.updateComplete;
    expect(focused(el)?.textContent).to.equal('Yes, clear my list');
    await expectAccessible(el);
    button(el, /^No, keep it$/).click();
    await el.updateComplete;
    expect($(el, '#list-title').textContent).to.equal('My list (1)');
    button(el, /^Clear my list$/).click();
    await el.updateComplete;
    button(el, /^Yes, clear my list$/).click();
    await el.updateComplete;
    await el.updateComplete;
    expect($(el, '#list-title').textContent).to.equal('My list');
    expect(focused(el)?.id).to.equal('list-title');
    expect(sessionStorage.getItem('placekit-my-list')).to.equal(null);
    await expectAccessible(el);

    button(el, /^‹?\s*Back to results$/).click();
    await el.updateComplete;
    await el.updateComplete;
    expect(focused(el)?.id).to.equal('results-title');
  });

  it('opens a listing from the list and comes back to the list', async () => {
    const el = await directory();
    $$<HTMLButtonElement>(el, '.result .list-toggle')[0].click();
    await el.updateComplete;
    button(el, /^My list \(1\)$/).click();
    await waitUntil(() => $(el, '.my-list'));
    const open = $<HTMLButtonElement>(el, '.my-list .rank-1 .link-button');
    const name = open.textContent!.trim();
    open.click();
    await waitUntil(() => $(el, '#details-title'));
    expect($(el, '#details-title').textContent).to.equal(name);
    const toggle = $<HTMLButtonElement>(el, '.details .list-toggle');
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    button(el, /Back to results/).click();
    await waitUntil(() => $(el, '.my-list'), 'back to the list it came from');
    await el.updateComplete;
    expect(focused(el)?.textContent?.trim()).to.equal(name);
  });

  it('offers "Add to calendar", "Was this information right?" and the report in a listing’s details, axe-clean, and sends Yes through the outbox', async () => {
    const el = await directory();
    await type(el, 'forum');
    $$<HTMLButtonElement>(el, '.result .rank-1 .link-button')[0].click();
    await waitUntil(() => $(el, '#details-title'));
    const calendar = $<HTMLAnchorElement>(el, 'a.calendar');
    expect(calendar.getAttribute('href')).to.match(/^data:text\/calendar;charset=utf-8,BEGIN%3AVCALENDAR/);
    expect(calendar.getAttribute('download')).to.match(/\.ics$/);
    expect($(el, '.right')).to.exist;
    expect(fits(el)).to.equal(true);
    await expectAccessible(el);

    // Yes, sent: the page's fetch answers as a receiver would.
    const realFetch = window.fetch;
    const sent: unknown[] = [];
    window.fetch = async (input, init) => {
      sent.push(JSON.parse(String(init?.body)));
      return new Response(JSON.stringify({ result: 'stored', reference: 'ABCD 1234' }), { status: 201, headers: { 'Content-Type': 'application/json' } });
    };
    try {
      button(el, /^Yes$/).focus();
      await press('Enter');
      await waitUntil(() => $(el, '.right-answer'), 'the answer', { timeout: 5000 });
    } finally {
      window.fetch = realFetch;
    }
    expect($(el, '.right-answer').textContent).to.contain('your answer has been sent');
    expect(focused(el)?.classList.contains('right-answer')).to.equal(true);
    const [submission] = sent as Array<{ form_id: string; answers: object; context: Record<string, string> }>;
    expect(submission.form_id).to.equal('placekit-listing-confirmation');
    expect(submission.answers).to.deep.equal({ right: true });
    expect(submission.context.subject_name).to.equal($(el, '#details-title').textContent);
    expect(submission.context.page_url).to.equal(location.origin + location.pathname);
    await expectAccessible(el);

    // The report: a <place-feedback> form, its title focused.
    button(el, /^Report a problem with this listing$/).click();
    await waitUntil(() => el.shadowRoot!.querySelector('place-feedback')?.shadowRoot?.querySelector('form'), 'the report form', { timeout: 5000 });
    const feedback = el.shadowRoot!.querySelector('place-feedback')!;
    await waitUntil(() => feedback.shadowRoot!.activeElement?.id === 'title', 'its title focused');
    expect(feedback.shadowRoot!.querySelector('#title')!.tagName).to.equal('H3');
    expect(feedback.getAttribute('subject')).to.equal((submission.context as { subject: string }).subject);
    await expectAccessible(el);
  });

  it('shows confirmations from the feed beside "Last checked"', async () => {
    const el = await directory();
    await type(el, 'Parkhead Community Larder');
    $$<HTMLButtonElement>(el, '.result .rank-1 .link-button')
      .find((b) => b.textContent!.trim() === 'Parkhead Community Larder')!
      .click();
    await waitUntil(() => $(el, '#details-title'));
    expect($(el, '.confirmations').textContent).to.equal('Confirmed right by 3 residents, most recently in October 2026');
  });

  it('filters by accessibility features with counts, by keyboard', async () => {
    await setViewport({ width: 1000, height: 800 });
    const el = await directory();
    await waitUntil(() => $(el, 'fieldset.access'), 'the accessibility filters');
    const loop = $<HTMLInputElement>(el, '#f-access-hearing_loop');
    const label = $(el, 'label[for="f-access-hearing_loop"]').textContent!;
    const count = Number(/\((\d+)\)/.exec(label)![1]);
    loop.focus();
    await press('Space');
    await answered(el);
    expect($(el, '#results-title').textContent).to.equal(`${count} results`);
    await expectAccessible(el);
  });

  it('quick exit: a link that stays in view, counts Shift presses aloud, and leaves on the third', async () => {
    const went: string[] = [];
    const navigate = QuickExit.navigate;
    QuickExit.navigate = (url) => went.push(url);
    try {
      const el: PlaceDirectoryElement = await directory('quick-exit="https://www.example.org/"');
      await waitUntil(() => $(el, '.exit-button'), 'the button');
      const exit = $<HTMLAnchorElement>(el, '.exit-button');
      expect(exit.getAttribute('href')).to.equal('https://www.example.org/');
      expect(exit.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Emergency Exit this page');
      expect(getComputedStyle($(el, '.quick-exit')).position).to.equal('sticky');
      expect(fits(el)).to.equal(true);
      await expectAccessible(el);
      const announced = () => $(el, '.quick-exit [role=status]').textContent;
      $(el, '#query').focus();
      await press('Shift');
      await el.updateComplete;
      expect(announced()).to.equal('Shift, press 2 more times to exit.');
      expect($$(el, '.light.lit')).to.have.length(1);
      await press('Shift');
      await el.updateComplete;
      expect(announced()).to.equal('Shift, press 1 more time to exit.');
      await press('Shift');
      await el.updateComplete;
      expect(went).to.deep.equal(['https://www.example.org/']);
      const overlay = $<HTMLDialogElement>(el, 'dialog.exit-overlay');
      expect(overlay.open).to.equal(true);
      expect(overlay.textContent!.trim()).to.equal('Loading.');
      overlay.close();
    } finally {
      QuickExit.navigate = navigate;
    }
  });
});
