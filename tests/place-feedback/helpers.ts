/** The form's test harness: a feedback feed, a stand-in outbox, waiting for the element, and the shared DOM helpers (tests/support/dom.ts). */
import { fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/place-feedback/index.js';
import { PlaceFeedbackElement } from '../../src/place-feedback/place-feedback.js';
import type { Outbox, Refusal } from '../../src/ui/outbox/types.js';
import { $ } from '../support/dom.js';
import { feedDataUrl, minimalFeed, nextFeedEvent } from '../support/fixtures.js';

export { $, $$, focused, text } from '../support/dom.js';

export type Outcome = Awaited<ReturnType<Outbox['send']>>;
export type Submission = Parameters<Outbox['send']>[1];

/** A form with every question kind. */
export const EVERY_KIND = {
  id: 'every-kind',
  title: 'Tell us what you think',
  introduction: 'It takes two minutes.',
  privacy_notice: 'The Test Partnership reads your answers to improve its services.',
  questions: [
    { id: 'name', kind: 'short_text', label: 'Your first name', max_length: 40 },
    { id: 'comments', kind: 'long_text', label: 'Your comments', hint: 'No personal details, please.', max_length: 20, required: true },
    { id: 'email', kind: 'email', label: 'Email address', personal: true },
    { id: 'postcode', kind: 'postcode', label: 'Postcode' },
    { id: 'phone', kind: 'phone', label: 'Phone number' },
    {
      id: 'where',
      kind: 'single_choice',
      label: 'Where do you live?',
      required: true,
      options: [
        { value: 'north', label: 'North' },
        { value: 'south', label: 'South' },
      ],
    },
    {
      id: 'topics',
      kind: 'multiple_choice',
      label: 'Which topics?',
      options: [
        { value: 'parks', label: 'Parks' },
        { value: 'buses', label: 'Buses' },
      ],
    },
    { id: 'score', kind: 'rating', label: 'How good is it?', scale: { min: 1, max: 5, min_label: 'Poor', max_label: 'Great' } },
    { id: 'useful', kind: 'yes_no', label: 'Was this useful?' },
    { id: 'consent', kind: 'consent', label: 'I agree to the privacy notice', required: true },
  ],
  confirmation: { title: 'Thank you', message: 'We read every answer.' },
  endpoint: 'https://feedback.example.org/submissions',
};

export function formFeed(forms: unknown[] = [EVERY_KIND]): string {
  return feedDataUrl(minimalFeed({ feedback_forms: forms }));
}

/** A stand-in outbox: records what it is asked to send and answers with `next`. */
export class StandInOutbox implements Outbox {
  sent: Array<{ endpoint: string; submission: Submission }> = [];
  next: () => Promise<Outcome> = async () => ({ state: 'sent' });
  private listeners = new Set<(key: string) => void>();
  private refusedListeners = new Set<(key: string, refusal: Refusal) => void>();
  send = (endpoint: string, submission: Submission) => {
    this.sent.push({ endpoint, submission });
    return this.next();
  };
  onDelivered = (listener: (key: string) => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
  onRefused = (listener: (key: string, refusal: Refusal) => void) => {
    this.refusedListeners.add(listener);
    return () => this.refusedListeners.delete(listener);
  };
  deliverLater(key: string): void {
    for (const l of this.listeners) l(key);
  }
  refuseLater(key: string, refusal: Refusal): void {
    for (const l of this.refusedListeners) l(key, refusal);
  }
}

export function useStandIn(): StandInOutbox {
  const outbox = new StandInOutbox();
  PlaceFeedbackElement.outbox = async () => outbox;
  PlaceFeedbackElement.minFillTime = 0;
  return outbox;
}

export async function feedbackWith(attrs: Record<string, string | boolean>, feed = formFeed()): Promise<PlaceFeedbackElement> {
  const loaded = nextFeedEvent();
  const el = await fixture<PlaceFeedbackElement>(html`<place-feedback feed=${feed}></place-feedback>`);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === true) el.setAttribute(name, '');
    else if (value !== false) el.setAttribute(name, value);
  }
  await loaded;
  await el.updateComplete;
  await waitUntil(() => $(el, 'form') || $(el, '.broken'), 'the form renders');
  return el;
}

/** Types into a text control as a resident would (an input event per value). */
export function type(el: Element, id: string, value: string): void {
  const control = $<HTMLInputElement>(el, `#q-${id}`);
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

export function pick(el: Element, id: string, index: number): void {
  const control = $<HTMLInputElement>(el, `#q-${id}-${index}`);
  control.click();
}

/** Fills in the required questions of EVERY_KIND validly. */
export function fillValid(el: Element): void {
  type(el, 'comments', 'Good <b>stuff</b>');
  pick(el, 'where', 0);
  $<HTMLInputElement>(el, '#q-consent').click();
}

/** Presses send and waits until that press is dealt with: answers checked, and sent or refused or queued. */
export async function send(el: PlaceFeedbackElement): Promise<void> {
  $<HTMLButtonElement>(el, 'button.submit').click();
  await waitUntil(() => !(el as unknown as { busy: boolean }).busy, 'the press of send is dealt with', { timeout: 5000 });
  await el.updateComplete;
}

/** Where the draft of a form on this page is kept. */
export const draftKey = (formId = 'every-kind') => `placekit-feedback-draft:${formId}:${location.pathname}`;

/** The draft kept for a form on this page, as stored: when, the answers, and apart the personal ones (kept with consent, for a day). */
export function storedDraft(formId = 'every-kind'): { saved?: number; answers: Record<string, unknown>; personal?: Record<string, unknown> } {
  return JSON.parse(localStorage.getItem(draftKey(formId)) ?? '{"answers": {}}');
}
