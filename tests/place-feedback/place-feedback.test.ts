import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { a11ySnapshot, sendKeys, setViewport } from '@web/test-runner-commands';
import { PlaceFeedbackElement } from '../../src/place-feedback/place-feedback.js';
import { expectAccessible } from '../support/axe.js';
import { installHostileStyles } from '../support/hostile.js';
import { feedDataUrl, minimalFeed } from '../support/fixtures.js';
import { EVERY_KIND, type Outcome, $, $$, draftKey, feedbackWith, fillValid, formFeed, pick, send, storedDraft, text, type, useStandIn } from './helpers.js';

interface A11yNode {
  role?: string;
  name?: string;
  children?: A11yNode[];
}

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
    expect(text($(el, '#q-score')))
      .to.contain('Poor')
      .and.contain('Great');
    expect(text($(el, '#q-useful legend'))).to.equal('Was this useful?');
    expect($(el, '.title.h').localName).to.equal('h2');
    await expectAccessible(el);
    const nested = await feedbackWith({ form: 'every-kind', 'heading-level': '4' });
    expect($(nested, '.title.h').localName).to.equal('h4');
  });

  it('draws its headings by their level: under a page’s h3 (heading-level 4, as the plan embeds it) the title is smaller than the h3, and no legend outgrows it', async () => {
    useStandIn();
    const size = (node: Element) => parseFloat(getComputedStyle(node).fontSize);
    const sizes: Record<string, { title: number; summary: number; legend: number }> = {};
    for (const level of ['2', '3', '4', '6']) {
      const el = await feedbackWith({ form: 'every-kind', 'heading-level': level });
      await send(el);
      expect($(el, '.title.h').localName).to.equal(`h${level}`);
      expect($(el, '.error-summary .h').localName).to.equal(`h${level}`);
      sizes[level] = { title: size($(el, '.title.h')), summary: size($(el, '.error-summary .h')), legend: size($(el, 'legend')) };
    }
    // The plan's "Have your say" is an h3 of the shared base styles: 1.2em.
    const h3 = 1.2 * parseFloat(getComputedStyle($(await feedbackWith({ form: 'every-kind' }), '.root')).fontSize);
    expect(sizes['2'].title).to.be.greaterThan(sizes['3'].title);
    expect(sizes['3'].title).to.be.greaterThan(sizes['4'].title);
    expect(sizes['3'].title).to.be.at.most(h3);
    expect(sizes['4'].title).to.be.lessThan(h3);
    expect(sizes['6'].title).to.be.at.most(sizes['4'].title);
    for (const level of ['2', '3', '4', '6']) {
      expect(sizes[level].legend, `legends under an h${level}`).to.be.lessThan(sizes[level].title);
      expect(sizes[level].summary, `the summary's heading at h${level}`).to.be.at.most(sizes[level].title);
    }
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

  it('two forms with errors on one page: one "Error: " in the title, taken off when neither has errors', async () => {
    useStandIn();
    document.title = 'Feedback page';
    const [a, b] = [await feedbackWith({ form: 'every-kind' }), await feedbackWith({ form: 'every-kind' })];
    await send(a);
    await send(b);
    expect(document.title).to.equal('Error: Feedback page');
    fillValid(a);
    await send(a);
    expect(a.state).to.equal('sent');
    expect(document.title, 'the other form still has errors').to.equal('Error: Feedback page');
    fillValid(b);
    await send(b);
    expect(document.title).to.equal('Feedback page');
    await send(await feedbackWith({ form: 'every-kind' }));
    expect(document.title).to.equal('Error: Feedback page');
    document.title = 'Error: Another page';
    // Removed from the page with errors: the title goes back, as the page now has it.
    document.querySelectorAll('place-feedback').forEach((el) => el.remove());
    expect(document.title).to.equal('Another page');
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

  it('tells the resident to keep the reference, and where to look it up, when a plan in the feed takes this form’s feedback', async () => {
    useStandIn();
    const plan = { id: 'plan-1', area_id: 'parkhead', title: 'Parkhead Locality Plan', feedback_form_id: 'every-kind', priorities: [] };
    const el = await feedbackWith({ form: 'every-kind' }, feedDataUrl(minimalFeed({ feedback_forms: [EVERY_KIND], locality_plans: [plan] })));
    fillValid(el);
    await send(el);
    expect(text($(el, '.confirmation .keep-reference'))).to.contain('"What happened to my feedback?" on the Locality Plan');
    await expectAccessible(el);
    // A form no plan takes (and no published references): nothing to look up, so nothing said.
    useStandIn();
    const alone = await feedbackWith({ form: 'every-kind' });
    fillValid(alone);
    await send(alone);
    expect($(alone, '.keep-reference')).to.equal(null);
  });

  it('the summary and the panels keep their styles, which come with the code that checks and sends (send.ts), not in the first download', async () => {
    const outbox = useStandIn();
    outbox.next = async () => ({ state: 'queued' });
    const el = await feedbackWith({ form: 'every-kind' });
    await send(el);
    const summary = getComputedStyle($(el, '.error-summary'));
    expect(summary.borderTopWidth).to.equal('5px');
    expect(summary.borderTopColor).to.equal('rgb(212, 53, 28)');
    fillValid(el);
    await send(el);
    expect(el.state).to.equal('queued');
    expect(getComputedStyle($(el, '.confirmation.queued')).borderTopColor).to.equal('rgb(29, 112, 184)');
    outbox.deliverLater(outbox.sent[0].submission.idempotency_key);
    await waitUntil(() => el.state === 'sent');
    await el.updateComplete;
    const panel = getComputedStyle($(el, '.confirmation'));
    expect(panel.backgroundColor).to.equal('rgb(0, 112, 60)');
    expect(panel.color).to.equal('rgb(255, 255, 255)');
    expect(getComputedStyle($(el, '.reference')).display).to.equal('inline-block');
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
    expect(text($(el, '.refusal')))
      .to.contain('could not be sent')
      .and.contain('Form closed <script>');
    expect($<HTMLTextAreaElement>(el, '#q-comments').value).to.equal('Good <b>stuff</b>');
    await waitUntil(() => el.shadowRoot!.activeElement === $(el, '.refusal'), 'refusal focused');
    await expectAccessible(el);
    outbox.next = async () => ({ state: 'sent' });
    await send(el);
    expect(el.state).to.equal('sent');
    expect(outbox.sent[1].submission.idempotency_key).to.not.equal(first);
  });

  it('a late refusal while the resident is elsewhere on the page: announced as an alert, the focus left where it is; the draft kept again', async () => {
    const outbox = useStandIn();
    outbox.next = async () => ({ state: 'queued' });
    localStorage.clear();
    const el = await feedbackWith({ form: 'every-kind', 'save-draft': true });
    fillValid(el);
    type(el, 'name', 'Ailsa');
    await send(el);
    const key = outbox.sent[0].submission.idempotency_key;
    const draft = draftKey();
    await waitUntil(() => localStorage.getItem(draft) === null, 'draft deleted on send', { timeout: 5000 });
    const elsewhere = document.createElement('input');
    elsewhere.setAttribute('aria-label', 'Search this site');
    document.body.append(elsewhere);
    try {
      elsewhere.focus();
      const failed = oneEvent(el, 'place-feedback-failed');
      outbox.refuseLater('someone-else', { status: 400 });
      outbox.refuseLater(key, { status: 422, message: 'This consultation has closed.' });
      expect((await failed).detail).to.deep.equal({ key, formId: 'every-kind', status: 422 });
      expect(el.state).to.equal('rejected');
      expect($(el, '.refusal').getAttribute('role')).to.equal('alert');
      expect(text($(el, '.refusal')))
        .to.contain('We saved it to send later')
        .and.contain('This consultation has closed.');
      expect(document.activeElement).to.equal(elsewhere);
      expect($<HTMLInputElement>(el, '#q-name').value).to.equal('Ailsa');
      await waitUntil(() => storedDraft().answers.name === 'Ailsa', 'draft kept again', { timeout: 5000 });
      // A later "delivered" for the refused key changes nothing.
      outbox.deliverLater(key);
      await el.updateComplete;
      expect(el.state).to.equal('rejected');
      await expectAccessible(el);
    } finally {
      elsewhere.remove();
      localStorage.clear();
    }
  });

  it('the spam trap is out of the accessibility tree (browse mode, form-field navigation), out of the Tab order and out of autofill’s reach', async () => {
    useStandIn();
    const el = await feedbackWith({ form: 'every-kind' });
    const tree = (await a11ySnapshot({})) as unknown as A11yNode;
    const all = (node: A11yNode): A11yNode[] => [node, ...(node.children ?? []).flatMap(all)];
    const nodes = all(tree);
    // The questions' text fields, and nothing else: no node for the trap, named or not.
    const fields = nodes.filter((node) => node.role === 'textbox').map((node) => node.name);
    expect(fields).to.deep.equal(['Your first name', 'Your comments', 'Email address', 'Postcode', 'Phone number']);
    const trap = $<HTMLInputElement>(el, '[name="placekit-trap"]');
    const wrapper = trap.parentElement!;
    expect(wrapper.inert, 'inert: no focus, no clicks, no find-in-page').to.be.true;
    expect(wrapper.getAttribute('aria-hidden')).to.equal('true');
    expect(trap.tabIndex).to.equal(-1);
    expect(trap.autocomplete).to.equal('off');
    // A name no autofill heuristic takes for a person's name, address, email or phone number.
    expect(trap.name).to.equal('placekit-trap');
    expect(wrapper.getBoundingClientRect().width, 'a 1 px box that clips it').to.be.at.most(1);
    expect(getComputedStyle(wrapper).overflow).to.equal('hidden');
    // Tab from the last control before it goes straight to send.
    $<HTMLInputElement>(el, '#q-consent').focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal($(el, 'button.submit'));
  });

  it('a suspected submission (trap filled, or sooner than a person could) is sent like any other, marked with its signal; the resident sees what really happened', async () => {
    const outbox = useStandIn();
    const el = await feedbackWith({ form: 'every-kind' });
    fillValid(el);
    $<HTMLInputElement>(el, '[name="placekit-trap"]').value = 'http://spam.example';
    const events: string[] = [];
    for (const name of ['place-feedback-submit', 'place-feedback-queued', 'place-feedback-delivered'] as const)
      el.addEventListener(name, () => events.push(name));
    // Not delivered yet: the form says so, never "sent".
    outbox.next = async () => ({ state: 'queued' });
    await send(el);
    expect(outbox.sent).to.have.length(1);
    expect(outbox.sent[0].submission.suspected_spam).to.deep.equal(['honeypot']);
    expect(outbox.sent[0].submission.answers).to.include({ comments: 'Good <b>stuff</b>', where: 'north' });
    expect(el.state).to.equal('queued');
    expect(text($(el, '.confirmation .h'))).to.equal('Your feedback is saved and will be sent');
    expect(events).to.deep.equal(['place-feedback-submit', 'place-feedback-queued']);

    // Every question answered at once: quicker than a person could.
    PlaceFeedbackElement.minFillTime = 60_000;
    outbox.next = async () => ({ state: 'sent' });
    const quick = await feedbackWith({ form: 'every-kind' });
    fillValid(quick);
    await send(quick);
    expect(outbox.sent[1].submission.suspected_spam).to.deep.equal(['too_fast']);
    expect(quick.state).to.equal('sent');
  });

  it('the minimum fill time fits the answers: one click has none, two clicks a moment, typing more', async () => {
    const outbox = useStandIn();
    PlaceFeedbackElement.minFillTime = 3000;
    const oneQuestion = formFeed([
      {
        ...EVERY_KIND,
        id: 'page-feedback',
        questions: [
          { id: 'useful', kind: 'yes_no', label: 'Was this page useful?', required: true },
          { id: 'improve', kind: 'long_text', label: 'How could it be better?' },
        ],
      },
    ]);
    // "Was this useful? Yes" and send, at once.
    const yes = await feedbackWith({ form: 'page-feedback' }, oneQuestion);
    $<HTMLInputElement>(yes, '#q-useful-0').click();
    await send(yes);
    expect(yes.state).to.equal('sent');
    expect(outbox.sent[0].submission).to.not.have.property('suspected_spam');
    // The same form with a comment typed in no time at all.
    const typed = await feedbackWith({ form: 'page-feedback' }, oneQuestion);
    $<HTMLInputElement>(typed, '#q-useful-1').click();
    type(typed, 'improve', 'Buy cheap watches');
    await send(typed);
    expect(outbox.sent[1].submission.suspected_spam).to.deep.equal(['too_fast']);
    // After a second and a bit, a typed answer is a person's.
    const person = await feedbackWith({ form: 'page-feedback' }, oneQuestion);
    $<HTMLInputElement>(person, '#q-useful-1').click();
    type(person, 'improve', 'The bin dates are wrong');
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await send(person);
    expect(outbox.sent[2].submission).to.not.have.property('suspected_spam');
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
    const stored = () => storedDraft().answers;
    await waitUntil(() => (stored().topics as string[] | undefined)?.length === 1, 'draft saved');
    expect(stored().comments).to.equal('Half written');
    expect(stored()).to.not.have.property('email');
    expect(storedDraft()).to.not.have.property('personal');
    $<HTMLInputElement>(el, '#q-consent').click();
    await waitUntil(() => stored().consent === true, 'draft saved with consent');
    expect(storedDraft().personal?.email, 'kept apart from the other answers').to.equal('ailsa@example.org');
    expect(stored()).to.not.have.property('email');

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

  it('save-draft: typed at once before send, or typed while sending, the draft is still gone once sent', async () => {
    const outbox = useStandIn();
    let finish!: (o: Outcome) => void;
    outbox.next = () => new Promise((resolve) => (finish = resolve));
    localStorage.clear();
    const draft = draftKey();
    const el = await feedbackWith({ form: 'every-kind', 'save-draft': true });
    fillValid(el);
    type(el, 'name', 'Ailsa');
    $<HTMLButtonElement>(el, 'button.submit').click();
    await waitUntil(() => el.state === 'sending', 'sending');
    type(el, 'comments', 'An afterthought');
    finish({ state: 'sent' });
    await waitUntil(() => el.state === 'sent', 'sent');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(localStorage.getItem(draft)).to.be.null;
  });

  it('looks the same on a hostile page (the page rule place-feedback { width: 50px } included)', async () => {
    useStandIn();
    await setViewport({ width: 800, height: 600 });
    // Every box inside, relative to the element, and how its text is drawn; the element's own width.
    const measure = async (el: PlaceFeedbackElement) => {
      // The page may move the element (its margins are the page's), but not squeeze it or restyle it.
      el.parentElement!.style.cssText = 'width: 600px; margin: 0; padding: 0';
      el.style.margin = '0';
      await send(el);
      const host = el.getBoundingClientRect();
      return {
        width: Math.round(host.width),
        boxes: $$(el, '*').map((node) => {
          const box = node.getBoundingClientRect();
          const style = getComputedStyle(node);
          return [
            node.tagName,
            node.className,
            Math.round(box.left - host.left),
            Math.round(box.top - host.top),
            Math.round(box.width),
            Math.round(box.height),
            style.fontSize,
            style.color,
            style.letterSpacing,
            style.visibility,
            style.display,
          ].join(' ');
        }),
      };
    };
    const plain = await feedbackWith({ form: 'every-kind' });
    const before = await measure(plain);
    plain.remove();
    const restore = installHostileStyles();
    try {
      const el = await feedbackWith({ form: 'every-kind' });
      const after = await measure(el);
      expect(after.width).to.equal(600);
      expect(after.boxes).to.deep.equal(before.boxes);
      await expectAccessible(el);
    } finally {
      restore();
    }
  });

  it('save-draft: a resident back to send a restored draft at once is not taken for a script', async () => {
    const outbox = useStandIn();
    localStorage.clear();
    const first = await feedbackWith({ form: 'every-kind', 'save-draft': true });
    fillValid(first);
    await waitUntil(() => storedDraft().answers.consent === true, 'draft saved', { timeout: 5000 });
    first.remove();
    PlaceFeedbackElement.minFillTime = 60_000;
    const again = await feedbackWith({ form: 'every-kind', 'save-draft': true });
    await waitUntil(() => $<HTMLInputElement>(again, '#q-consent').checked, 'draft restored', { timeout: 5000 });
    await send(again);
    expect(again.state).to.equal('sent');
    expect(outbox.sent).to.have.length(1);
    expect(outbox.sent[0].submission, 'not marked as spam').to.not.have.property('suspected_spam');
    localStorage.clear();
  });

  it('save-draft: personal answers leave the draft a day after it was saved, and the draft goes after 7 days, on the page that holds it', async () => {
    useStandIn();
    localStorage.clear();
    const { DRAFT_LIFE } = await import('../../src/ui/outbox/drafts.js');
    const life = { ...DRAFT_LIFE };
    // A day and a week, shortened.
    Object.assign(DRAFT_LIFE, { personal: 400, all: 900 });
    try {
      const el = await feedbackWith({ form: 'every-kind', 'save-draft': true });
      type(el, 'comments', 'Half written');
      type(el, 'email', 'ailsa@example.org');
      $<HTMLInputElement>(el, '#q-consent').click();
      await waitUntil(() => storedDraft().personal?.email === 'ailsa@example.org', 'saved with consent', { timeout: 5000 });
      await waitUntil(() => !storedDraft().personal, 'the personal answers are dropped while the page stays open', { timeout: 5000 });
      expect(storedDraft().answers).to.include({ comments: 'Half written', consent: true });
      await waitUntil(() => localStorage.getItem(draftKey()) === null, 'the draft goes', { timeout: 5000 });
      // What the resident typed is still on the page in front of them.
      expect($<HTMLInputElement>(el, '#q-email').value).to.equal('ailsa@example.org');
    } finally {
      Object.assign(DRAFT_LIFE, life);
      localStorage.clear();
    }
  });

  it('save-draft: a draft a day old comes back without its personal answers; one older than 7 days, or from before drafts were dated, not at all', async () => {
    useStandIn();
    localStorage.clear();
    const day = 86_400_000;
    localStorage.setItem(
      draftKey(),
      JSON.stringify({ saved: Date.now() - 2 * day, answers: { comments: 'From Tuesday', consent: true }, personal: { email: 'ailsa@example.org' } }),
    );
    const el = await feedbackWith({ form: 'every-kind', 'save-draft': true });
    await waitUntil(() => $<HTMLTextAreaElement>(el, '#q-comments').value === 'From Tuesday', 'restored', { timeout: 5000 });
    expect($<HTMLInputElement>(el, '#q-email').value).to.equal('');
    expect(storedDraft()).to.not.have.property('personal');
    el.remove();
    for (const old of [{ saved: Date.now() - 8 * day, answers: { comments: 'Last month' } }, { comments: 'Undated' }]) {
      localStorage.setItem(draftKey(), JSON.stringify(old));
      const again = await feedbackWith({ form: 'every-kind', 'save-draft': true });
      await waitUntil(() => localStorage.getItem(draftKey()) === null, 'removed', { timeout: 5000 });
      expect($<HTMLTextAreaElement>(again, '#q-comments').value).to.equal('');
      again.remove();
    }
  });

  it('a waiting submission lost from this browser (storage cleared and not written back, or 7 days gone): the form says so, the answers back, no failed event', async () => {
    for (const [reason, words] of [
      ['removed', 'it was removed from this browser before it could be sent'],
      ['expired', 'could not reach the service that receives this form for 7 days'],
    ] as const) {
      const outbox = useStandIn();
      outbox.next = async () => ({ state: 'queued' });
      const el = await feedbackWith({ form: 'every-kind' });
      fillValid(el);
      await send(el);
      expect(el.state).to.equal('queued');
      const key = outbox.sent[0].submission.idempotency_key;
      let failed = 0;
      el.addEventListener('place-feedback-failed', () => failed++);
      outbox.refuseLater(key, { status: 0, reason });
      await waitUntil(() => el.state === 'rejected', reason);
      await el.updateComplete;
      expect(text($(el, '.refusal')))
        .to.contain(words)
        .and.contain('Your answers are back in the form: send them again.');
      expect($(el, '.confirmation')).to.be.null;
      expect($(el, 'form').hidden).to.be.false;
      expect($<HTMLTextAreaElement>(el, '#q-comments').value).to.equal('Good <b>stuff</b>');
      expect(failed).to.equal(0);
      await expectAccessible(el);
      el.remove();
    }
  });

  it('2,000-character words in the title, labels, hints and options wrap at 320 px', async () => {
    useStandIn();
    const word = 'Llanfairpwllgwyngyll'.repeat(100);
    const long = {
      ...EVERY_KIND,
      title: word,
      introduction: word,
      privacy_notice: word,
      questions: EVERY_KIND.questions.map((q) => ({
        ...q,
        label: `${q.label} ${word}`,
        hint: word,
        ...('options' in q && q.options ? { options: q.options.map((o) => ({ ...o, label: word })) } : {}),
        ...('scale' in q && q.scale ? { scale: { ...q.scale, min_label: word, max_label: word } } : {}),
      })),
    };
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await feedbackWith({ form: 'every-kind' }, formFeed([long]));
      await send(el);
      expect($$(el, '.error-summary a')).to.have.length.above(0);
      const root = $(el, '.root');
      expect(root.scrollWidth).to.be.at.most(root.clientWidth + 1);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      for (const node of $$(el, 'label, legend, .hint, .title, a'))
        expect(node.getBoundingClientRect().right, node.className || node.tagName).to.be.at.most(321);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('works by keyboard alone, at 320 px, and on a hostile page', async () => {
    const outbox = useStandIn();
    const restore = installHostileStyles();
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await feedbackWith(
        { form: 'page-feedback' },
        formFeed([{ ...EVERY_KIND, id: 'page-feedback', questions: [{ id: 'useful', kind: 'yes_no', label: 'Was this page useful?', required: true }] }]),
      );
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
    expect(await broken({ questions: [{ id: 'q', kind: 'signature', label: 'Sign here' }] }))
      .to.contain('This form is not available')
      .and.contain('questions[0].kind');
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

  it('the same when the code that checks and sends (send.ts) could not be fetched, even on a second try; a later press tries again', async () => {
    const outbox = useStandIn();
    const { sender } = PlaceFeedbackElement.parts;
    const load = sender.load;
    const before = sender.loaded;
    sender.loaded = undefined;
    let tries = 0;
    sender.load = () => (tries++, Promise.reject(new Error('chunk failed')));
    const el = await feedbackWith({ form: 'every-kind' });
    // It was fetched when the form showed, and failed.
    await waitUntil(() => tries === 1, 'the first fetch');
    tries = 0;
    fillValid(el);
    await send(el);
    expect(tries).to.equal(1);
    expect(el.state).to.equal('rejected');
    expect(text($(el, '.refusal'))).to.contain('Check your internet connection');
    expect(el.shadowRoot!.activeElement).to.equal($(el, '.refusal'));
    expect($<HTMLTextAreaElement>(el, '#q-comments').value).to.equal('Good <b>stuff</b>');
    await expectAccessible(el);
    // The connection is back: the next press loads it and sends.
    sender.load = load;
    try {
      await send(el);
      expect(el.state).to.equal('sent');
      expect(outbox.sent).to.have.length(1);
    } finally {
      sender.loaded ??= before;
    }
  });
});
