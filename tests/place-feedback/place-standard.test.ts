/**
 * The Place Standard form kind of `<place-feedback>` (src/place-feedback/place-standard.ts): themes from the
 * feed, one at a time or on one page, by keyboard at 320 px; the same checks, outbox and receiver as any
 * form (a real `placekit receive` with the feed, its answers then added up by `placekit receive export
 * --place-standard`); and after sending, the resident's own compass.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import { createOutbox, type OutboxInstance } from '../../src/ui/outbox/outbox.js';
import { PlaceFeedbackElement } from '../../src/place-feedback/place-feedback.js';
import { planElement } from '../place-plan/helpers.js';
import { expectAccessible } from '../support/axe.js';
import { feedDataUrl, minimalFeed, uniqueKey } from '../support/fixtures.js';
import { $, $$, feedbackWith, formFeed, send, text, useStandIn } from './helpers.js';

const THEMES = [
  { id: 'moving_around', name: 'Moving around', question: 'Can I easily walk, wheel and cycle around?' },
  { id: 'natural_space', name: 'Natural space', question: 'Can I regularly experience good-quality natural space?' },
  { id: 'feeling_safe', name: 'Feeling safe', question: 'Do I feel safe here?' },
  { id: 'social_contact', name: 'Social contact' },
];
const PLACE_STANDARD = {
  id: 'place-standard',
  title: 'How good is your place?',
  privacy_notice: 'The Test Partnership adds your ratings to everyone else’s and publishes only the totals.',
  place_standard: { themes: THEMES, scale: { min: 1, max: 7, min_label: 'A lot of room for improvement', max_label: 'Very little room for improvement' } },
  questions: [
    {
      id: 'years-here',
      kind: 'single_choice',
      label: 'How long have you lived here?',
      options: [
        { value: 'under-2', label: 'Less than 2 years' },
        { value: 'over-2', label: '2 years or more' },
      ],
    },
  ],
  confirmation: { title: 'Thank you: your ratings have been sent' },
  endpoint: 'https://feedback.example.org/submissions',
};
const FEED = formFeed([PLACE_STANDARD]);

const shown = (el: Element) => $$(el, 'section.theme').filter((s) => !s.hidden);
const focusedId = (el: Element) => (el.shadowRoot!.activeElement as HTMLElement | null)?.id;
/** Rates theme `i` (0-based) with `value`, as a click on its radio. */
const rate = (el: Element, id: string, value: number) => $<HTMLInputElement>(el, `#q-${id}-${value - 1}`).click();

describe('<place-feedback>: a Place Standard form', function () {
  // axe over these states takes seconds on a busy machine.
  this.timeout(30_000);
  afterEach(() => setViewport({ width: 800, height: 600 }));

  it('asks one theme at a time: its name, the feed’s question, the scale with its end labels and two comments', async () => {
    useStandIn();
    const el = await feedbackWith({ form: 'place-standard' }, FEED);
    expect(shown(el)).to.have.length(1);
    expect(text($(el, '.step-count'))).to.equal('Theme 1 of 4');
    expect(text($(el, '#theme-0'))).to.equal('1. Moving around');
    expect($(el, '#theme-0').tagName).to.equal('H3');
    const fieldset = $(el, '#q-moving_around');
    expect(text(fieldset.querySelector('legend'))).to.equal('Can I easily walk, wheel and cycle around?');
    expect(fieldset.querySelectorAll('input[type="radio"]')).to.have.length(7);
    expect(text(fieldset.querySelector('label[for="q-moving_around-0"]'))).to.equal('1 A lot of room for improvement');
    expect(text(fieldset.querySelector('label[for="q-moving_around-6"]'))).to.equal('7 Very little room for improvement');
    expect(text($(el, 'label[for="q-moving_around-good"]'))).to.equal('What is good about this?');
    expect(text($(el, 'label[for="q-moving_around-better"]'))).to.equal('What could be better?');
    // The form's own question and the send button wait for the last step.
    expect($(el, '.rest').hidden).to.equal(true);
    await expectAccessible(el);
  });

  it('goes theme to theme by keyboard at 320 px, focus on each theme’s heading, answers kept going back', async () => {
    await setViewport({ width: 320, height: 640 });
    useStandIn();
    const el = await feedbackWith({ form: 'place-standard' }, FEED);
    expect(el.scrollWidth).to.be.at.most(320);
    rate(el, 'moving_around', 3);
    $<HTMLButtonElement>(el, '.step-nav .next').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focusedId(el) === 'theme-1', 'focus on the second theme');
    expect(text(shown(el)[0].querySelector('.step-count'))).to.equal('Theme 2 of 4');
    // Enter in a rating before the last step moves on, never sends half the form.
    $<HTMLInputElement>(el, '#q-natural_space-5').focus();
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focusedId(el) === 'theme-2', 'Enter moved on to the third theme');
    expect(el.state).to.equal('form');
    // Back, and the answers are still there.
    $$(el, '.step-nav button')[0].click();
    await waitUntil(() => focusedId(el) === 'theme-1');
    expect($<HTMLInputElement>(el, '#q-natural_space-5').checked).to.equal(true);
    $$(el, '.step-nav button')[0].click();
    await waitUntil(() => focusedId(el) === 'theme-0');
    expect($<HTMLInputElement>(el, '#q-moving_around-2').checked).to.equal(true);
    expect($$(el, '.step-nav button').map(text)).to.deep.equal(['Next theme']);
    // To the end: the form's own question and the send button come after the last theme.
    for (let i = 0; i < 4; i++) ($<HTMLButtonElement>(el, '.step-nav .next').click(), await el.updateComplete);
    await waitUntil(() => !$(el, '.rest').hidden);
    expect(shown(el)).to.have.length(0);
    expect($$(el, '.step-nav button').map(text)).to.deep.equal(['Previous']);
    expect(el.scrollWidth).to.be.at.most(320);
    await expectAccessible(el);
  });

  it('shows every theme on one page with layout="one-page" (or the feed’s all_on_one_page)', async () => {
    useStandIn();
    const el = await feedbackWith({ form: 'place-standard', layout: 'one-page' }, FEED);
    expect(shown(el)).to.have.length(4);
    expect($(el, '.step-nav')).to.equal(null);
    expect($(el, '.rest').hidden).to.equal(false);
    const fromFeed = await feedbackWith(
      { form: 'place-standard' },
      formFeed([{ ...PLACE_STANDARD, place_standard: { themes: THEMES, layout: 'all_on_one_page' } }]),
    );
    expect(shown(fromFeed)).to.have.length(4);
    // Without a scale the tool's own: 1 to 7, with placekit's end labels.
    expect(text(fromFeed.shadowRoot!.querySelector('label[for="q-feeling_safe-0"]'))).to.equal('1 A lot of room for improvement');
    await expectAccessible(el);
  });

  it('shows every theme when the answers have errors, so each link of the summary reaches its field', async () => {
    useStandIn();
    const el = await feedbackWith(
      { form: 'place-standard' },
      formFeed([{ ...PLACE_STANDARD, questions: [{ id: 'ok', kind: 'consent', label: 'I agree', required: true }] }]),
    );
    const comment = $<HTMLTextAreaElement>(el, '#q-moving_around-good');
    comment.value = 'x'.repeat(2001);
    comment.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    for (let i = 0; i < 4; i++) ($<HTMLButtonElement>(el, '.step-nav .next').click(), await el.updateComplete);
    await send(el);
    expect(el.state).to.equal('form');
    expect($$(el, '.error-summary a').map((a) => a.getAttribute('href'))).to.deep.equal(['#q-moving_around-good', '#q-ok']);
    expect(shown(el)).to.have.length(4);
    $<HTMLAnchorElement>(el, '.error-summary a').click();
    expect(el.shadowRoot!.activeElement).to.equal(comment);
    await expectAccessible(el);
  });

  it('sends the ratings and comments as answers, then draws the resident’s own compass with a sentence and a table', async () => {
    const outbox = useStandIn();
    const el = await feedbackWith({ form: 'place-standard', layout: 'one-page', area: 'parkhead' }, FEED);
    rate(el, 'moving_around', 5);
    rate(el, 'natural_space', 7);
    rate(el, 'feeling_safe', 2);
    const better = $<HTMLTextAreaElement>(el, '#q-feeling_safe-better');
    better.value = 'Lights on the path by the canal';
    better.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await send(el);
    expect(el.state).to.equal('sent');
    const { submission } = outbox.sent[0]!;
    expect(submission.form_id).to.equal('place-standard');
    expect(submission.context.area).to.equal('parkhead');
    expect(submission.answers).to.deep.include({
      moving_around: 5,
      natural_space: 7,
      feeling_safe: 2,
      social_contact: null,
      'feeling_safe-better': 'Lights on the path by the canal',
    });
    expect(text($(el, '.confirmation .title'))).to.equal('Thank you: your ratings have been sent');
    const compass = $(el, '[part="own-compass"]');
    expect(text(compass.querySelector('figcaption'))).to.equal('You rated Natural space highest (7 out of 7) and Feeling safe lowest (2 out of 7).');
    expect([...compass.querySelectorAll('tbody tr')].map((tr) => text(tr))).to.deep.equal(['1 Moving around 5', '2 Natural space 7', '3 Feeling safe 2']);
    expect(compass.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
    await expectAccessible(el);
  });
});

describe('<place-feedback>: a Place Standard form to the real receiver, and back as the area’s compass', function () {
  this.timeout(40_000);
  let id = '';
  let endpoint = '';
  let instance: OutboxInstance | undefined;
  const real = <T = unknown>(action: string, extra: Record<string, unknown> = {}) => executeServerCommand<T, object>('real-receiver', { id, action, ...extra });

  before(async () => {
    // The receiver reads the form from the feed, so it takes the themes' answers as the form's own.
    const feed = minimalFeed({
      areas: [{ id: 'parkhead', name: 'Parkhead', postcode_districts: ['G31'] }],
      feedback_forms: [{ ...PLACE_STANDARD, endpoint: 'http://localhost:1/x' }],
    });
    ({ id, endpoint } = await executeServerCommand<{ id: string; endpoint: string }, object>('real-receiver-start', {
      origin: location.origin,
      forms: [],
      feed,
    }));
  });
  after(async () => {
    instance?.dispose();
    await real('close');
  });

  it('goes through the outbox to placekit receive, and placekit receive export --place-standard gives the plan its compass', async () => {
    instance = createOutbox({ prefix: `place-standard-${uniqueKey()}:`, channel: null, timeout: 3000, answerWithin: 4000, firstDelay: 100, maxDelay: 400 });
    PlaceFeedbackElement.outbox = async () => instance!;
    PlaceFeedbackElement.minFillTime = 0;
    const feed = formFeed([{ ...PLACE_STANDARD, endpoint }]);
    const ratings = [
      [2, 6, 1, 4],
      [3, 7, 2, 4],
      [4, 5, 2, 5],
    ];
    for (const [a, b, c, d] of ratings) {
      const el = await feedbackWith({ form: 'place-standard', layout: 'one-page', area: 'parkhead' }, feed);
      rate(el, 'moving_around', a!);
      rate(el, 'natural_space', b!);
      rate(el, 'feeling_safe', c!);
      rate(el, 'social_contact', d!);
      $<HTMLButtonElement>(el, 'button.submit').click();
      await waitUntil(() => el.state === 'sent', `sent (state ${el.state})`, { timeout: 15_000, interval: 50 });
      el.remove();
    }
    const rows = await real<Array<{ form_id: string; answers: Record<string, unknown> }>>('rows');
    expect(rows.map((r) => [r.answers.moving_around, r.answers.natural_space, r.answers.feeling_safe, r.answers.social_contact])).to.deep.equal(ratings);
    const exported = await real<{ code: number; out: string; err: string }>('export', { extra: ['--place-standard', '--min-participants', '3'] });
    expect(exported.code, exported.err).to.equal(0);
    const results = JSON.parse(exported.out).place_standard_results;
    expect(results).to.have.length(1);
    expect(results[0]).to.include({ area_id: 'parkhead', form_id: 'place-standard', participants: 3 });
    // The partnership publishes the results: the plan draws them as the area's compass.
    const plan = await planElement(
      'area="parkhead"',
      feedDataUrl(
        minimalFeed({
          areas: [{ id: 'parkhead', name: 'Parkhead', postcode_districts: ['G31'] }],
          locality_plans: [{ id: 'p', area_id: 'parkhead', title: 'Parkhead plan', priorities: [] }],
          place_standard_results: results,
        }),
      ),
    );
    await waitUntil(() => plan.shadowRoot!.querySelector('[part="place-standard"]'), 'the compass beside the plan');
    const section = plan.shadowRoot!.querySelector('[part="place-standard"]')!;
    expect([...section.querySelectorAll('tbody tr')].map((tr) => text(tr))).to.deep.equal([
      '1 Moving around 3 2.5 to 3.5',
      '2 Natural space 6 5.5 to 6.5',
      '3 Feeling safe 2 1.5 to 2',
      '4 Social contact 4 4 to 4.5',
    ]);
    expect(text(section.querySelector('figcaption'))).to.equal(
      'Rated highest: Natural space (median 6 out of 7). Rated lowest: Feeling safe (median 2 out of 7).',
    );
    expect(text(section)).to.contain('3 people took part');
    await expectAccessible(plan);
  });
});
