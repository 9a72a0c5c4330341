import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../src/place-feedback/index.js';
import { PlaceFeedbackElement } from '../../src/place-feedback/place-feedback.js';
import type { Outbox, Refusal } from '../../src/ui/outbox/types.js';
import { MISSING, MISSING_CONSOLE, NEVER, timeoutFor } from '../support/feeds.js';

/**
 * `<place-feedback>` shows a feedback form from the feed (`form` is its id) and delivers each
 * submission to the form's endpoint exactly once, keeping it in the browser's outbox until it is
 * delivered. `area` and `subject` go along with the answers as context, with the page's address;
 * `save-draft` keeps a draft in this browser (off by default, for shared computers).
 *
 * In this catalogue nothing is sent anywhere: a stand-in outbox answers "sent", "saved to send later"
 * or "refused", as each story needs. Stories whose form is not in the sample feed carry their own feed
 * in the page; the snippet to paste names `placekit/feed.json` instead, where yours would be.
 */

interface Args {
  feed: string;
  form: string;
  area?: string;
  subject?: string;
  'save-draft': boolean;
  'heading-level'?: number;
  layout?: '' | 'one-at-a-time' | 'one-page';
}

type Outcome = Awaited<ReturnType<Outbox['send']>>;

/**
 * The catalogue's stand-in for the outbox: answers with `outcome`, after `delay` ms; with `refuseLater`,
 * a submission it answered "queued" is refused that long after (a retry the endpoint said no to).
 */
const standIn = (outcome: Outcome | 'never', delay = 400, refuseLater?: Refusal): Outbox => {
  const refused = new Set<(key: string, refusal: Refusal) => void>();
  return {
    send: (_endpoint, submission) => {
      if (outcome === 'never') return new Promise(() => undefined);
      if (refuseLater) setTimeout(() => refused.forEach((listener) => listener(submission.idempotency_key, refuseLater)), delay * 3);
      return new Promise((resolve) => setTimeout(() => resolve(outcome), delay));
    },
    onDelivered: () => () => undefined,
    onRefused: (listener) => {
      refused.add(listener);
      return () => refused.delete(listener);
    },
  };
};

const feedOf = (forms: unknown[]) =>
  `data:application/json,${encodeURIComponent(JSON.stringify({ format_version: '1.0', publisher: { name: 'Example Partnership' }, updated: '2026-11-20T09:00:00Z', feedback_forms: forms }))}`;

const base = {
  title: 'Tell us what you think',
  privacy_notice: 'Your answers go to the Example Partnership and are used only to improve its services. We keep them for 12 months.',
  endpoint: 'https://feedback.example.org/submissions',
};

const QUESTIONS = {
  short_text: { id: 'name', kind: 'short_text', label: 'Your first name', hint: 'So we know what to call you if we reply.', max_length: 40 },
  long_text: {
    id: 'comments',
    kind: 'long_text',
    label: 'What should we do differently?',
    hint: 'Please do not include personal details.',
    max_length: 500,
    required: true,
  },
  email: { id: 'email', kind: 'email', label: 'Email address (optional)', hint: 'Only if you would like a reply.', personal: true },
  postcode: {
    id: 'postcode',
    kind: 'postcode',
    label: 'Your postcode (optional)',
    hint: 'We keep only the first part and one more character, for example G31 4.',
  },
  phone: { id: 'phone', kind: 'phone', label: 'Phone number (optional)', hint: 'For example 0141 287 1234 or +44 7700 900123.', personal: true },
  single_choice: {
    id: 'where',
    kind: 'single_choice',
    label: 'Which neighbourhood do you live or work in?',
    required: true,
    options: [
      { value: 'parkhead', label: 'Parkhead (Ceann na Pàirce)' },
      { value: 'springburn', label: 'Springburn (Bùrn an Fhuarain)' },
      { value: 'elsewhere', label: 'Somewhere else' },
    ],
  },
  multiple_choice: {
    id: 'priorities',
    kind: 'multiple_choice',
    label: 'Which priorities matter most to you?',
    hint: 'Choose all that apply.',
    options: [
      { value: 'young-people', label: 'Young people have places to go' },
      { value: 'warm-homes', label: 'Warm, affordable homes' },
      { value: 'green-spaces', label: 'Green spaces everyone can use' },
    ],
  },
  rating: {
    id: 'score',
    kind: 'rating',
    label: 'How well does the plan reflect your neighbourhood?',
    required: true,
    scale: { min: 1, max: 5, min_label: 'Not at all', max_label: 'Very well' },
  },
  yes_no: { id: 'useful', kind: 'yes_no', label: 'Was this page useful?', required: true },
  consent: { id: 'consent', kind: 'consent', label: 'I agree that the partnership can use my answers as described above.', required: true },
};

const EVERY_KIND = feedOf([{ ...base, id: 'every-kind', introduction: 'One question of each kind.', questions: Object.values(QUESTIONS) }]);
const ONE_KIND = feedOf(Object.entries(QUESTIONS).map(([kind, q]) => ({ ...base, id: kind, title: `A ${kind.replace('_', ' ')} question`, questions: [q] })));
/** A 2,000-character word (a place name written a hundred times) in every text a feed gives the form. */
const WORD = 'Llanfairpwllgwyngyll'.repeat(100);
const LONG = feedOf([
  {
    ...base,
    id: 'long',
    title: `Tell us what you think of ${WORD}`,
    introduction: WORD,
    privacy_notice: `${base.privacy_notice} ${WORD}`,
    questions: Object.values(QUESTIONS).map((q) => ({
      ...q,
      label: `${q.label} ${WORD}`,
      hint: WORD,
      ...('options' in q && { options: q.options.map((o) => ({ ...o, label: `${o.label} ${WORD}` })) }),
      ...('scale' in q && { scale: { ...q.scale, min_label: WORD, max_label: WORD } }),
    })),
  },
]);
const BROKEN = feedOf([
  { ...base, id: 'broken', endpoint: 'http://feedback.example.org/submissions', questions: [{ id: 'q', kind: 'signature', label: 'Sign here' }] },
]);

/** Fills in the every-kind form validly and presses send. */
const fillAndSend = (el: PlaceFeedbackElement) => {
  const root = el.shadowRoot!;
  const textarea = root.querySelector<HTMLTextAreaElement>('#q-comments');
  if (textarea) {
    textarea.value = 'More benches in the park, please.';
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
  }
  for (const id of ['#q-where-0', '#q-score-3', '#q-useful-0', '#q-consent']) root.querySelector<HTMLInputElement>(id)?.click();
  root.querySelector<HTMLButtonElement>('button.submit')?.click();
};
const sendEmpty = (el: PlaceFeedbackElement) => el.shadowRoot!.querySelector<HTMLButtonElement>('button.submit')?.click();

/** Renders the form with a stand-in outbox and, once it shows, does `then` (a state reached by acting). */
const feedback = (args: Args, outbox: Outbox = standIn({ state: 'sent' }), then?: (el: PlaceFeedbackElement) => void) => {
  PlaceFeedbackElement.outbox = async () => outbox;
  PlaceFeedbackElement.minFillTime = then ? 0 : 3000;
  const loaded = (event: Event) => {
    const el = event.target as PlaceFeedbackElement;
    if (then) void el.updateComplete.then(() => el.updateComplete).then(() => then(el));
  };
  // A feed carried in the page (data:) is set as the property; the attribute, which is what the snippet
  // to paste shows, names the sample feed (placekit/feed.json in the snippet) instead of a data: URL.
  return html`<place-feedback
    feed=${args.feed.startsWith('data:') ? 'sample/feed.json' : args.feed}
    .feed=${args.feed}
    feed-timeout=${ifDefined(timeoutFor(args.feed))}
    form=${args.form}
    area=${ifDefined(args.area || undefined)}
    subject=${ifDefined(args.subject || undefined)}
    heading-level=${ifDefined(args['heading-level'] || undefined)}
    ?save-draft=${args['save-draft']}
    layout=${ifDefined(args.layout || undefined)}
    @place-feed-load=${loaded}
  >
    <p>Loading the feedback form…</p>
  </place-feedback>`;
};

const meta: Meta<Args> = {
  title: 'Elements/place-feedback',
  component: 'place-feedback',
  args: { feed: 'sample/feed.json', form: 'page-feedback', 'save-draft': false },
  argTypes: {
    feed: { control: 'text' },
    form: { control: 'text' },
    area: { control: 'text' },
    subject: { control: 'text' },
    'save-draft': { control: 'boolean' },
    'heading-level': { control: { type: 'number', min: 2, max: 6 } },
    layout: { control: 'select', options: ['', 'one-at-a-time', 'one-page'] },
  },
  render: (args) => feedback(args),
};
export default meta;

type Story = StoryObj<Args>;

/** "Was this page useful?" from the sample feed, as a page shows it before anyone has typed. */
export const Empty: Story = { name: 'Blank form' };

/** The sample feed's Locality Plan form, as `<place-plan>` embeds it: under the plan's h3, its headings are h4. */
export const PlanFeedback: Story = { name: 'Plan feedback', args: { form: 'plan-feedback', subject: 'parkhead-plan', area: 'parkhead', 'heading-level': 4 } };

/** Every question kind in one form. */
export const EveryKind: Story = { name: 'Every kind', args: { feed: EVERY_KIND, form: 'every-kind' }, parameters: { forcedColors: true } };

/** Short text. */
export const ShortText: Story = { name: 'Short text', args: { feed: ONE_KIND, form: 'short_text' } };
/** Long text, with its character count. */
export const LongText: Story = { name: 'Long text', args: { feed: ONE_KIND, form: 'long_text' } };
/** Email address. */
export const Email: Story = { args: { feed: ONE_KIND, form: 'email' } };
/** UK postcode, as people type it. */
export const Postcode: Story = { args: { feed: ONE_KIND, form: 'postcode' } };
/** Phone number (+44, spaces and brackets are fine). */
export const Phone: Story = { args: { feed: ONE_KIND, form: 'phone' } };
/** One choice (radios). */
export const SingleChoice: Story = { name: 'Single choice', args: { feed: ONE_KIND, form: 'single_choice' } };
/** Several choices (checkboxes). */
export const MultipleChoice: Story = { name: 'Multiple choice', args: { feed: ONE_KIND, form: 'multiple_choice' } };
/** A rating scale with labelled ends. */
export const Rating: Story = { args: { feed: ONE_KIND, form: 'rating' } };
/** "Was this useful?" */
export const YesNo: Story = { name: 'Yes or no', args: { feed: ONE_KIND, form: 'yes_no' } };
/** A consent checkbox. */
export const Consent: Story = { args: { feed: ONE_KIND, form: 'consent' } };

/** Sent with nothing filled in: "There is a problem", a link to each field, inline errors, answers kept. */
export const Errors: Story = {
  name: 'Errors shown',
  args: { feed: EVERY_KIND, form: 'every-kind' },
  parameters: { forcedColors: true },
  render: (args) =>
    feedback(args, undefined, (el) => {
      const email = el.shadowRoot!.querySelector<HTMLInputElement>('#q-email');
      if (email) email.value = 'not an email';
      sendEmpty(el);
    }),
};

/** Sending: the button is busy and the status says so. */
export const Sending: Story = { args: { feed: EVERY_KIND, form: 'every-kind' }, render: (args) => feedback(args, standIn('never'), fillAndSend) };

/** Saved to send later: the endpoint could not be reached, the resident is told plainly it will be sent. */
export const Queued: Story = { args: { feed: EVERY_KIND, form: 'every-kind' }, render: (args) => feedback(args, standIn({ state: 'queued' }), fillAndSend) };

/** Sent: the confirmation panel with a short reference. */
export const Sent: Story = {
  args: { feed: EVERY_KIND, form: 'every-kind' },
  parameters: { forcedColors: true },
  render: (args) => feedback(args, standIn({ state: 'sent' }), fillAndSend),
};

/** Refused by the endpoint (a 4xx other than 408 and 429): the reason, and the answers kept. */
export const Rejected: Story = {
  args: { feed: EVERY_KIND, form: 'every-kind' },
  render: (args) => feedback(args, standIn({ state: 'rejected', status: 422, message: 'This form is closed for new responses.' }), fillAndSend),
};

/**
 * Saved to send later, then refused by the endpoint on a retry (a 4xx): the form again with the answers,
 * the reason, and the endpoint's message.
 */
export const RefusedAfterSaving: Story = {
  name: 'Refused after saving',
  args: { feed: EVERY_KIND, form: 'every-kind' },
  render: (args) => feedback(args, standIn({ state: 'queued' }, 400, { status: 422, message: 'This consultation closed on 1 December.' }), fillAndSend),
};

/**
 * Saved to send later, then lost from this browser before it could be sent (the site's storage was cleared
 * and it could not be written back): the form again with the answers, to send again.
 */
export const LostAfterSaving: Story = {
  name: 'Lost after saving',
  args: { feed: EVERY_KIND, form: 'every-kind' },
  render: (args) => feedback(args, standIn({ state: 'queued' }, 400, { status: 0, reason: 'removed' }), fillAndSend),
};

/** A broken definition (an unknown question kind and a plain-http endpoint): refused with a clear message. */
export const BrokenDefinition: Story = { name: 'Broken definition', args: { feed: BROKEN, form: 'broken' } };

/** At 320 px wide, as on a small phone: nothing scrolls sideways. */
export const NarrowScreen: Story = {
  name: 'Narrow screen',
  args: { feed: EVERY_KIND, form: 'every-kind' },
  render: (args) => html`<div style="max-inline-size: 320px">${feedback(args)}</div>`,
};

/**
 * In forced colours (Windows contrast themes): answers chosen, one field in error; the choices and their state stay
 * visible. To see it: DevTools, Rendering, "Emulate CSS media feature forced-colors".
 */
export const ForcedColours: Story = {
  name: 'Forced colours',
  args: { feed: EVERY_KIND, form: 'every-kind' },
  parameters: { forcedColors: true },
  render: (args) =>
    feedback(args, undefined, (el) => {
      const root = el.shadowRoot!;
      for (const id of ['#q-where-1', '#q-priorities-0', '#q-priorities-2', '#q-score-3', '#q-useful-0', '#q-consent'])
        root.querySelector<HTMLInputElement>(id)?.click();
      sendEmpty(el);
    }),
};

/** Long texts: a 2,000-character word in the title, introduction, privacy notice, labels, hints and options, with the errors shown, at 320 px. */
export const LongTexts: Story = {
  name: 'Long texts',
  args: { feed: LONG, form: 'long' },
  render: (args) => html`<div style="max-inline-size: 320px">${feedback(args, undefined, sendEmpty)}</div>`,
};

/** While the feed loads, the page's own fallback content shows. */
export const Loading: Story = { args: { feed: NEVER } };

/** The feed could not be loaded: a short, polite message and a button to try again. */
export const FeedError: Story = { name: 'Error', args: { feed: MISSING }, parameters: { expectedConsoleErrors: MISSING_CONSOLE } };

/** Rates the sample's Place Standard themes (one on each of 1 to 7, then again) and sends. */
const rateAndSend = async (el: PlaceFeedbackElement) => {
  const root = el.shadowRoot!;
  // The themes are a part loaded on demand: wait for them.
  for (let i = 0; i < 100 && !root.querySelector('section.theme'); i++) await new Promise((done) => setTimeout(done, 50));
  const ratings = [5, 5, 3, 3, 4, 3, 4, 2, 3, 4, 5, 3, 2, 2];
  root
    .querySelectorAll<HTMLElement>('section.theme')
    .forEach((theme, i) => theme.querySelectorAll<HTMLInputElement>('input[type="radio"]')[ratings[i]! - 1]?.click());
  root.querySelector<HTMLButtonElement>('button.submit')?.click();
};

/** The Place Standard from the sample feed, one theme at a time: the theme, its question on the 1 to 7 scale, what is good and what could be better. */
export const PlaceStandard: Story = { name: 'Place Standard', args: { form: 'place-standard', area: 'parkhead' } };

/** The Place Standard with every theme on one page (`layout="one-page"`). */
export const PlaceStandardOnePage: Story = { name: 'Place Standard on one page', args: { form: 'place-standard', area: 'parkhead', layout: 'one-page' } };

/** After sending the Place Standard: the confirmation, and the resident's own compass with its sentence and table. */
export const PlaceStandardSent: Story = {
  name: 'Place Standard sent',
  args: { form: 'place-standard', area: 'parkhead', layout: 'one-page' },
  parameters: { forcedColors: true },
  render: (args) => feedback(args, standIn({ state: 'sent' }), rateAndSend),
};

/** The Place Standard at 320 px wide, one theme at a time. */
export const PlaceStandardNarrow: Story = {
  name: 'Place Standard, narrow screen',
  args: { form: 'place-standard', area: 'parkhead' },
  render: (args) => html`<div style="max-inline-size: 320px">${feedback(args)}</div>`,
};
