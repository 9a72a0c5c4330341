/** The form with the real outbox, delivering to the receiver stand-in. */
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { createOutbox } from '../../src/ui/outbox/outbox.js';
import { loadOutbox } from '../../src/place-feedback/outbox-loader.js';
import { PlaceFeedbackElement } from '../../src/place-feedback/place-feedback.js';
import { expectAccessible } from '../support/axe.js';
import { $, EVERY_KIND, feedbackWith, fillValid, formFeed, pick, send, text, type } from './helpers.js';
import { receiver, stored, until } from '../ui/outbox/helpers.js';

const PREFIX = 'placekit-outbox:';

describe('<place-feedback> with the real outbox', () => {
  beforeEach(() => {
    PlaceFeedbackElement.outbox = loadOutbox;
    PlaceFeedbackElement.minFillTime = 0;
  });

  it('a double click: one key, one stored entry, one request, "Sent"', async () => {
    const endpoint = receiver('200');
    const el = await feedbackWith({ form: 'every-kind' }, formFeed([{ ...EVERY_KIND, endpoint: endpoint.url }]));
    fillValid(el);
    const writes: string[] = [];
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (this: Storage, name: string, value: string) {
      if (name.startsWith(PREFIX)) writes.push(name);
      return setItem.call(this, name, value);
    };
    try {
      const submitted = oneEvent(el, 'place-feedback-submit');
      const delivered = oneEvent(el, 'place-feedback-delivered');
      $<HTMLButtonElement>(el, 'button.submit').click();
      $<HTMLButtonElement>(el, 'button.submit').click();
      const { key } = (await submitted).detail;
      expect((await delivered).detail.key).to.equal(key);
      await waitUntil(() => el.state === 'sent', 'sent');
      expect(writes).to.deep.equal([PREFIX + key]);
      const requests = await endpoint.log();
      expect(requests.map((r) => r.key)).to.deep.equal([key]);
      expect(JSON.parse(requests[0].body)).to.include({ form_id: 'every-kind', idempotency_key: key });
      expect(stored(PREFIX)).to.deep.equal([]);
    } finally {
      Storage.prototype.setItem = setItem;
    }
  });

  it('the queued panel turns to "Sent" when a later retry gets through', async () => {
    const endpoint = receiver('503', '503', '200');
    let release!: () => void;
    const later = new Promise<void>((resolve) => (release = resolve));
    const outbox = createOutbox({
      prefix: 'test-element-outbox:',
      wait: () => 10,
      fetch: async (input, init) => {
        if ((await endpoint.log()).length === 2) await later;
        return fetch(input, init);
      },
    });
    PlaceFeedbackElement.outbox = async () => outbox;
    try {
      const el = await feedbackWith({ form: 'every-kind' }, formFeed([{ ...EVERY_KIND, endpoint: endpoint.url }]));
      fillValid(el);
      const queued = oneEvent(el, 'place-feedback-queued');
      await send(el);
      const { key } = (await queued).detail;
      expect(el.state).to.equal('queued');
      expect(text($(el, '.confirmation .h'))).to.equal('Your feedback is saved and will be sent');
      expect(stored('test-element-outbox:')).to.deep.equal([`test-element-outbox:${key}`]);
      const delivered = oneEvent(el, 'place-feedback-delivered');
      release();
      expect((await delivered).detail).to.deep.equal({ key, formId: 'every-kind' });
      expect(el.state).to.equal('sent');
      await el.updateComplete;
      expect(text($(el, '.confirmation .h'))).to.equal('Thank you');
      await expectAccessible(el);
      const requests = await endpoint.log();
      expect(requests.map((r) => [r.outcome, r.key])).to.deep.equal([
        ['503', key],
        ['503', key],
        ['200', key],
      ]);
    } finally {
      outbox.dispose();
    }
  });

  it('a refusal shows the endpoint’s message as text, answers kept, nothing left stored', async () => {
    const endpoint = receiver('json:422:This consultation closed on <b>1 December</b>.');
    const el = await feedbackWith({ form: 'every-kind' }, formFeed([{ ...EVERY_KIND, endpoint: endpoint.url }]));
    fillValid(el);
    const failed = oneEvent(el, 'place-feedback-failed');
    await send(el);
    expect((await failed).detail.status).to.equal(422);
    expect(el.state).to.equal('rejected');
    expect(text($(el, '.refusal'))).to.contain('This consultation closed on <b>1 December</b>.');
    expect($(el, '.refusal b')).to.be.null;
    expect($<HTMLTextAreaElement>(el, '#q-comments').value).to.equal('Good <b>stuff</b>');
    expect(stored(PREFIX)).to.deep.equal([]);
  });

  it('a late refusal (saved, then a retry answered 400): "could not be sent" with the endpoint’s message, the answers back as typed, failed fired', async () => {
    const endpoint = receiver('503', '503', 'json:400:The field “postcode” is not accepted by this form.');
    const outbox = createOutbox({ prefix: 'test-late-refusal:', wait: () => 300 });
    PlaceFeedbackElement.outbox = async () => outbox;
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      const el = await feedbackWith({ form: 'every-kind' }, formFeed([{ ...EVERY_KIND, endpoint: endpoint.url }]));
      fillValid(el);
      type(el, 'postcode', 'g31 4xy');
      pick(el, 'score', 3);
      const queued = oneEvent(el, 'place-feedback-queued');
      await send(el);
      const { key } = (await queued).detail;
      expect(el.state).to.equal('queued');
      expect(text($(el, '.confirmation .h'))).to.equal('Your feedback is saved and will be sent');
      expect($(el, 'form').hidden, 'no form while it waits').to.be.true;
      await waitUntil(() => el.shadowRoot!.activeElement === $(el, '.confirmation .h'), 'panel heading focused');

      const failed = await oneEvent(el, 'place-feedback-failed');
      expect(failed.detail).to.deep.equal({ key, formId: 'every-kind', status: 400 });
      expect(el.state).to.equal('rejected');
      expect($(el, '.confirmation')).to.be.null;
      expect($(el, 'form').hidden).to.be.false;
      const refusal = text($(el, '.refusal'));
      expect(refusal).to.contain('Your feedback could not be sent').and.contain('did not accept it');
      expect(refusal).to.contain('The field “postcode” is not accepted by this form.');
      expect($<HTMLTextAreaElement>(el, '#q-comments').value).to.equal('Good <b>stuff</b>');
      expect($<HTMLInputElement>(el, '#q-postcode').value, 'as typed, not as sent').to.equal('g31 4xy');
      expect($<HTMLInputElement>(el, '#q-where-0').checked).to.be.true;
      expect($<HTMLInputElement>(el, '#q-score-3').checked).to.be.true;
      expect($<HTMLInputElement>(el, '#q-consent').checked).to.be.true;
      expect(el.shadowRoot!.activeElement, 'the focus moves to the reason').to.equal($(el, '.refusal'));
      expect(stored('test-late-refusal:')).to.deep.equal([]);
      await expectAccessible(el);
      expect((await endpoint.log()).map((r) => [r.outcome, r.key])).to.deep.equal([
        ['503', key],
        ['503', key],
        ['json:400:The field “postcode” is not accepted by this form.', key],
      ]);
    } finally {
      console.warn = warn;
      outbox.dispose();
    }
  });

  it('once delivered or refused, nothing the resident wrote stays in this browser: only notes of how each was settled, until it would have expired', async () => {
    await until(() => stored(PREFIX).length === 0, 'outbox empty');
    const notes = Object.keys(localStorage).filter((k) => k.startsWith('placekit-outbox-settled:'));
    expect(Object.keys(localStorage).filter((k) => k.startsWith('placekit-') && !notes.includes(k))).to.deep.equal([]);
    expect(notes.length, 'the double click and the refusal above').to.be.at.least(2);
    for (const note of notes)
      expect(Object.keys(JSON.parse(localStorage.getItem(note)!))).to.have.members([
        'created',
        ...(localStorage.getItem(note)!.includes('status') ? ['status', 'message'] : []),
      ]);
    expect(notes.map((k) => localStorage.getItem(k)).join(' ')).to.not.contain('Good');
  });
});
