import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { PlaceFeedbackElement } from '../../src/place-feedback/place-feedback.js';
import { expectAccessible } from '../support/axe.js';
import { installHostileStyles } from '../support/hostile.js';
import { EVERY_KIND, type Outcome, $, $$, feedbackWith, fillValid, formFeed, pick, send, text, type, useStandIn } from './helpers.js';

describe('<place-feedback>: the form', () => {
  it('shows the title, introduction and privacy notice before the questions, every kind labelled', async () => {
    useStandIn();
    const el = await feedbackWith({ form: 'every-kind' });
    expect(text($(el, '.title.h'))).to.equal('Tell us what you think');
    const order = $$(el, '.title.h, .privacy, .field').map((n) => n.className.split(' ')[0] || n.tagName);
    expect(order.slice(0, 3)).to.deep.equal(['title', 'notice', 'field']);
    expect($$(el, '.field')).to.have.length(EVERY_KIND.questions.length);
    expect($(el, '#q-email').getAttribute('type')).to.equal('email');
    expect($(el, '#q-phone').getAttribute('type')).to.equal('tel');
    expect($$(el, 'input[name="score"]')).to.have.length(5);
    expect(text($(el, '#q-score'))).to.contain('Poor').and.contain('Great');
    expect(text($(el, '#q-useful legend'))).to.equal('Was this useful?');
    expect($(el, '.title.h').getAttribute('aria-level')).to.equal('2');
    await expectAccessible(el);
    const nested = await feedbackWith({ form: 'every-kind', 'heading-level': '4' });
    expect($(nested, '.title.h').getAttribute('aria-level')).to.equal('4');
  });

  it('validates on submit: "There is a problem" summary focused, links to fields, inline "Error:", title marked, answers kept', async () => {
    const outbox = useStandIn();
    document.title = 'Feedback page';
    const el = await feedbackWith({ form: 'every-kind' });
    type(el, 'name', 'Ailsa');
    type(el, 'email', 'not-an-email');
    type(el, 'postcode', 'G31');
    type(el, 'phone', '0141 abc');
    await send(el);
    await waitUntil(() => el.shadowRoot!.activeElement?.classList.contains('error-summary'), 'summary focused');
    expect(outbox.sent).to.have.length(0);
    expect(el.state).to.equal('form');
    expect(text($(el, '.error-summary .h'))).to.equal('There is a problem');
    const links = $$(el, '.error-summary a').map((a) => a.getAttribute('href'));
    expect(links).to.deep.equal(['#q-comments', '#q-email', '#q-postcode', '#q-phone', '#q-where', '#q-consent']);
    expect(text($(el, '#q-email-error'))).to.match(/^Error: Enter an email address/);
    expect($(el, '#q-email').getAttribute('aria-describedby')).to.contain('q-email-error');
    expect($(el, '#q-email').getAttribute('aria-invalid')).to.equal('true');
    expect(document.title).to.equal('Error: Feedback page');
    expect($<HTMLInputElement>(el, '#q-name').value).to.equal('Ailsa');
    await expectAccessible(el);

    $(el, '.error-summary a[href="#q-where"]').click();
    expect(el.shadowRoot!.activeElement?.id).to.equal('q-where-0');

    fillValid(el);
    type(el, 'email', 'ailsa@example.org');
    type(el, 'postcode', ' g314xy ');
    type(el, 'phone', '+44 (0)141 287-1234');
    await send(el);
    expect(outbox.sent).to.have.length(1);
    expect(document.title).to.equal('Feedback page');
    const { answers } = outbox.sent[0].submission;
    expect(answers).to.deep.equal({
      name: 'Ailsa',
      comments: 'Good <b>stuff</b>',
      email: 'ailsa@example.org',
      postcode: 'G31 4',
      phone: '+441412871234',
      where: 'north',
      topics: [],
      score: null,
      useful: null,
      consent: true,
    });
  });

  it('accepts phone numbers and postcodes as people type them', async () => {
    const { tidyPhone } = await import('../../src/place-feedback/validation.js');
    expect(tidyPhone('0141 287 1234')).to.equal('01412871234');
    expect(tidyPhone('(0141) 287 1234')).to.equal('01412871234');
    expect(tidyPhone('07700 900123')).to.equal('07700900123');
    expect(tidyPhone('+44 7700 900123')).to.equal('+447700900123');
    expect(tidyPhone('0044 7700 900123')).to.equal('+447700900123');
    expect(tidyPhone('+353 1 234 5678')).to.equal('+35312345678');
    expect(tidyPhone('12')).to.be.undefined;
    expect(tidyPhone('call me')).to.be.undefined;
  });

  it('counts characters on long text and announces the count politely once typing pauses', async () => {
    useStandIn();
    const el = await feedbackWith({ form: 'every-kind' });
    expect(text($(el, '#q-comments-count'))).to.equal('You have 20 characters remaining');
    type(el, 'comments', 'x'.repeat(19));
    await el.updateComplete;
    expect(text($(el, '#q-comments-count'))).to.equal('You have 1 character remaining');
    type(el, 'comments', 'x'.repeat(23));
    await el.updateComplete;
    expect(text($(el, '#q-comments-count'))).to.equal('You have 3 characters too many');
    await waitUntil(() => text($(el, 'form [role="status"]')) === 'You have 3 characters too many', 'announced', { timeout: 3000 });
    await send(el);
    expect(text($(el, '#q-comments-error'))).to.contain('must be 20 characters or fewer');
  });

  it('sends the answers with the context, one key, and fires submit then delivered with key and form id only', async () => {
    const outbox = useStandIn();
    const el = await feedbackWith({ form: 'every-kind', area: 'parkhead', subject: 'plan-7' });
    fillValid(el);
    const submitted = oneEvent(el, 'place-feedback-submit');
    const delivered = oneEvent(el, 'place-feedback-delivered');
    // A double click sends once.
    $<HTMLButtonElement>(el, 'button.submit').click();
    $<HTMLButtonElement>(el, 'button.submit').click();
    const [s, d] = await Promise.all([submitted, delivered]);
    expect(outbox.sent).to.have.length(1);
    const { endpoint, submission } = outbox.sent[0];
    expect(endpoint).to.equal(EVERY_KIND.endpoint);
    expect(submission.form_id).to.equal('every-kind');
    expect(submission.context).to.deep.equal({ area: 'parkhead', subject: 'plan-7', page_url: location.origin + location.pathname });
    expect(submission.idempotency_key).to.match(/^[0-9a-f-]{36}$/);
    expect(Date.parse(submission.submitted_at)).to.be.closeTo(Date.now(), 60_000);
    expect(s.detail).to.deep.equal({ key: submission.idempotency_key, formId: 'every-kind' });
    expect(d.detail).to.deep.equal(s.detail);
    expect(s.bubbles && s.composed).to.be.true;
  });

  it('on success: a confirmation panel with a short reference, its heading focused', async () => {
    const outbox = useStandIn();
    const el = await feedbackWith({ form: 'every-kind' });
    fillValid(el);
    await send(el);
    expect(el.state).to.equal('sent');
    expect($(el, 'form')).to.be.null;
    const key = outbox.sent[0].submission.idempotency_key;
    const reference = text($(el, '.reference'));
    expect(reference).to.equal(`${key.slice(0, 4)} ${key.slice(4, 8)}`.toUpperCase());
    expect(text($(el, '.confirmation .h'))).to.equal('Thank you');
    expect(text(el.shadowRoot!.querySelector('[role="status"]'))).to.equal('We read every answer.');
    await waitUntil(() => el.shadowRoot!.activeElement === $(el, '.confirmation .h'), 'heading focused');
    await expectAccessible(el);
  });

  it('while sending, says so and ignores more presses', async () => {
    const outbox = useStandIn();
    let finish!: (o: Outcome) => void;
    outbox.next = () => new Promise((resolve) => (finish = resolve));
    const el = await feedbackWith({ form: 'every-kind' });
    fillValid(el);
    $<HTMLButtonElement>(el, 'button.submit').click();
    await waitUntil(() => outbox.sent.length === 1, 'sent');
    await el.updateComplete;
    expect(el.state).to.equal('sending');
    expect($(el, 'button.submit').getAttribute('aria-disabled')).to.equal('true');
    expect(text($(el, 'form [role="status"]'))).to.equal('Sending…');
    $<HTMLButtonElement>(el, 'button.submit').click();
    await expectAccessible(el);
    finish({ state: 'sent' });
    await waitUntil(() => el.state === 'sent');
    expect(outbox.sent).to.have.length(1);
  });

  it('queued: tells the resident plainly it will be sent when the connection returns, then delivered later', async () => {
    const outbox = useStandIn();
    outbox.next = async () => ({ state: 'queued' });
    const el = await feedbackWith({ form: 'every-kind' });
    fillValid(el);
    const queued = oneEvent(el, 'place-feedback-queued');
    await send(el);
    const key = outbox.sent[0].submission.idempotency_key;
    expect((await queued).detail).to.deep.equal({ key, formId: 'every-kind' });
    expect(el.state).to.equal('queued');
    expect(text($(el, '.confirmation .h'))).to.equal('Your feedback is saved and will be sent');
    expect(text(el.shadowRoot!.querySelector('[role="status"]'))).to.contain('will be sent automatically when the connection returns');
    await expectAccessible(el);

    const delivered = oneEvent(el, 'place-feedback-delivered');
    outbox.deliverLater('someone-else');
    outbox.deliverLater(key);
    expect((await delivered).detail).to.deep.equal({ key, formId: 'every-kind' });
    expect(el.state).to.equal('sent');
    expect(text($(el, '.confirmation .h'))).to.equal('Thank you');
  });

  it('rejected (a 4xx): the reason shown, answers kept, failed fired; sending again uses a new key', async () => {
    const outbox = useStandIn();
    outbox.next = async () => ({ state: 'rejected', status: 422, message: 'Form closed <script>' });
    const el = await feedbackWith({ form: 'every-kind' });
    fillValid(el);
    const failed = oneEvent(el, 'place-feedback-failed');
    await send(el);
    const first = outbox.sent[0].submission.idempotency_key;
    expect((await failed).detail).to.deep.equal({ key: first, formId: 'every-kind', status: 422 });
    expect(el.state).to.equal('rejected');
    expect(text($(el, '.refusal'))).to.contain('could not be sent').and.contain('Form closed <script>');
    expect($<HTMLTextAreaElement>(el, '#q-comments').value).to.equal('Good <b>stuff</b>');
    await waitUntil(() => el.shadowRoot!.activeElement === $(el, '.refusal'), 'refusal focused');
    await expectAccessible(el);
    outbox.next = async () => ({ state: 'sent' });
    await send(el);
    expect(el.state).to.equal('sent');
    expect(outbox.sent[1].submission.idempotency_key).to.not.equal(first);
  });

  it('spam: a filled honeypot or a too-quick send shows the usual thanks and sends nothing', async () => {
    const outbox = useStandIn();
    const el = await feedbackWith({ form: 'every-kind' });
    const trap = $<HTMLInputElement>(el, '#trap');
    expect(trap.tabIndex).to.equal(-1);
    expect(text($(el, 'label[for="trap"]'))).to.equal('Leave this blank');
    fillValid(el);
    trap.value = 'http://spam.example';
    let events = 0;
    el.addEventListener('place-feedback-submit', () => events++);
    await send(el);
    expect(el.state).to.equal('sent');
    expect(outbox.sent).to.have.length(0);

    PlaceFeedbackElement.minFillTime = 60_000;
    const quick = await feedbackWith({ form: 'every-kind' });
    fillValid(quick);
    quick.addEventListener('place-feedback-submit', () => events++);
    await send(quick);
    expect(quick.state).to.equal('sent');
    expect(outbox.sent).to.have.length(0);
    expect(events).to.equal(0);

    // Nothing to type: a resident who answers "Was this useful?" in a second or two is not taken for a script.
    const yesNo = await feedbackWith({ form: 'page-feedback' }, formFeed([{ ...EVERY_KIND, id: 'page-feedback', questions: [{ id: 'useful', kind: 'yes_no', label: 'Was this page useful?', required: true }] }]));
    await new Promise((resolve) => setTimeout(resolve, 1100));
    $<HTMLInputElement>(yesNo, '#q-useful-0').click();
    await send(yesNo);
    await waitUntil(() => yesNo.state === 'sent');
    expect(outbox.sent, 'the quick yes is delivered').to.have.length(1);
  });

  it('save-draft keeps answers across a reload, personal ones only with consent; nothing kept without it', async () => {
    useStandIn();
    localStorage.clear();
    const plain = await feedbackWith({ form: 'every-kind' });
    type(plain, 'name', 'Ailsa');
    expect(Object.keys(localStorage).filter((k) => k.startsWith('placekit-feedback-draft'))).to.have.length(0);

    const el = await feedbackWith({ form: 'every-kind', 'save-draft': true });
    type(el, 'comments', 'Half written');
    type(el, 'email', 'ailsa@example.org');
    pick(el, 'topics', 1);
    const stored = () => JSON.parse(localStorage.getItem(`placekit-feedback-draft:every-kind:${location.pathname}`) ?? '{}');
    await waitUntil(() => stored().topics?.length === 1, 'draft saved');
    expect(stored().comments).to.equal('Half written');
    expect(stored()).to.not.have.property('email');
    $<HTMLInputElement>(el, '#q-consent').click();
    await waitUntil(() => stored().consent === true, 'draft saved with consent');
    expect(stored().email).to.equal('ailsa@example.org');

    const again = await feedbackWith({ form: 'every-kind', 'save-draft': true });
    await waitUntil(() => $<HTMLTextAreaElement>(again, '#q-comments').value === 'Half written', 'draft restored');
    expect($<HTMLInputElement>(again, '#q-topics-1').checked).to.be.true;
    await again.updateComplete;
    expect(text($(again, '#q-comments-count'))).to.equal('You have 8 characters remaining');
    pick(again, 'where', 1);
    await send(again);
    expect(again.state).to.equal('sent');
    await waitUntil(() => localStorage.getItem(`placekit-feedback-draft:every-kind:${location.pathname}`) === null, 'draft deleted on send');
  });

  it('works by keyboard alone, at 320 px, and on a hostile page', async () => {
    const outbox = useStandIn();
    const restore = installHostileStyles();
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await feedbackWith({ form: 'page-feedback' }, formFeed([{ ...EVERY_KIND, id: 'page-feedback', questions: [{ id: 'useful', kind: 'yes_no', label: 'Was this page useful?', required: true }] }]));
      expect(el.scrollWidth).to.be.at.most(320);
      $<HTMLInputElement>(el, '#q-useful-0').focus();
      await sendKeys({ press: 'Space' });
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement?.classList.contains('submit')).to.be.true;
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => el.state === 'sent', 'sent by keyboard');
      expect(outbox.sent[0].submission.answers).to.deep.equal({ useful: true });
      await expectAccessible(el);
    } finally {
      restore();
      await setViewport({ width: 800, height: 600 });
    }
  });
});

describe('<place-feedback>: broken definitions', () => {
  const broken = async (form: Record<string, unknown>) => {
    const el = await feedbackWith({ form: 'bad' }, formFeed([{ ...EVERY_KIND, id: 'bad', ...form }]));
    expect($(el, 'form')).to.be.null;
    await expectAccessible(el);
    return text($(el, '.broken'));
  };

  it('an unknown question kind, no endpoint, a non-https endpoint, duplicate question ids: refused with a clear message', async () => {
    expect(await broken({ questions: [{ id: 'q', kind: 'signature', label: 'Sign here' }] })).to.contain('This form is not available').and.contain('questions[0].kind');
    expect(await broken({ endpoint: undefined })).to.contain('endpoint');
    expect(await broken({ endpoint: 'http://example.org/in' })).to.contain('https');
    expect(await broken({ questions: [EVERY_KIND.questions[0], EVERY_KIND.questions[0]] })).to.contain('used twice');
  });

  it('a form id the feed does not have', async () => {
    const el = await feedbackWith({ form: 'missing' });
    expect(text($(el, '.broken'))).to.contain('the feed has no form with the id “missing”');
  });
});

describe('<place-feedback>: when the delivery code itself cannot load (offline before it was fetched)', () => {
  it('says to check the connection and send again, answers kept, no failed event', async () => {
    useStandIn();
    PlaceFeedbackElement.outbox = () => Promise.reject(new Error('chunk failed'));
    const el = await feedbackWith({ form: 'every-kind' });
    fillValid(el);
    let failed = 0;
    el.addEventListener('place-feedback-failed', () => failed++);
    await send(el);
    expect(el.state).to.equal('rejected');
    expect(text($(el, '.refusal'))).to.contain('Check your internet connection');
    expect($<HTMLTextAreaElement>(el, '#q-comments').value).to.equal('Good <b>stuff</b>');
    expect(failed).to.equal(0);
  });
});
