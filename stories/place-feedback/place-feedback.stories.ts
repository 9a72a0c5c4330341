import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../src/place-feedback/index.js';
import { type Outbox, PlaceFeedbackElement } from '../../src/place-feedback/place-feedback.js';

/**
 * `<place-feedback>` shows a feedback form from the feed (`form` is its id) and delivers each
 * submission to the form's endpoint exactly once, keeping it in the browser's outbox until it is
 * delivered. `area` and `subject` go along with the answers as context, with the page's address;
 * `save-draft` keeps a draft in this browser (off by default, for shared computers).
 *
 * In this catalogue nothing is sent anywhere: a stand-in outbox answers "sent", "saved to send later"
 * or "refused", as each story needs.
 */

interface Args {
  feed: string;
  form: string;
  area?: string;
  subject?: string;
  'save-draft': boolean;
}

type Outcome = Awaited<ReturnType<Outbox['send']>>;

/** The catalogue's stand-in for the outbox: answers with `outcome`, after `delay` ms. */
const standIn = (outcome: Outcome | 'never', delay = 400): Outbox => ({
  send: () => (outcome === 'never' ? new Promise(() => undefined) : new Promise((resolve) => setTimeout(() => resolve(outcome), delay))),
  onDelivered: () => () => undefined,
});

const feedOf = (forms: unknown[]) =>
  `data:application/json,${encodeURIComponent(JSON.stringify({ format_version: '1.0', publisher: { name: 'Example Partnership' }, updated: '2026-11-20T09:00:00Z', feedback_forms: forms }))}`;

const base = {
  title: 'Tell us what you think',
  privacy_notice: 'Your answers go to the Example Partnership and are used only to improve its services. We keep them for 12 months.',
  endpoint: 'https://feedback.example.org/submissions',
};

const QUESTIONS = {
  short_text: { id: 'name', kind: 'short_text', label: 'Your first name', hint: 'So we know what to call you if we reply.', max_length: 40 },
  long_text: { id: 'comments', kind: 'long_text', label: 'What should we do differently?', hint: 'Please do not include personal details.', max_length: 500, required: true },
  email: { id: 'email', kind: 'email', label: 'Email address (optional)', hint: 'Only if you would like a reply.', personal: true },
  postcode: { id: 'postcode', kind: 'postcode', label: 'Your postcode (optional)', hint: 'We keep only the first part and one more character, for example G31 4.' },
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
  rating: { id: 'score', kind: 'rating', label: 'How well does the plan reflect your neighbourhood?', required: true, scale: { min: 1, max: 5, min_label: 'Not at all', max_label: 'Very well' } },
  yes_no: { id: 'useful', kind: 'yes_no', label: 'Was this page useful?', required: true },
  consent: { id: 'consent', kind: 'consent', label: 'I agree that the partnership can use my answers as described above.', required: true },
};

const EVERY_KIND = feedOf([{ ...base, id: 'every-kind', introduction: 'One question of each kind.', questions: Object.values(QUESTIONS) }]);
const ONE_KIND = feedOf(Object.entries(QUESTIONS).map(([kind, q]) => ({ ...base, id: kind, title: `A ${kind.replace('_', ' ')} question`, questions: [q] })));
const BROKEN = feedOf([{ ...base, id: 'broken', endpoint: 'http://feedback.example.org/submissions', questions: [{ id: 'q', kind: 'signature', label: 'Sign here' }] }]);

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
  return html`<place-feedback
    feed=${args.feed}
    form=${args.form}
    area=${ifDefined(args.area || undefined)}
    subject=${ifDefined(args.subject || undefined)}
    ?save-draft=${args['save-draft']}
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
  },
  render: (args) => feedback(args),
};
export default meta;

type Story = StoryObj<Args>;

/** "Was this page useful?" from the sample feed, as a page shows it before anyone has typed. */
export const Empty: Story = {};

/** The sample feed's Locality Plan form, as `<place-plan>` embeds it. */
export const PlanFeedback: Story = { args: { form: 'plan-feedback', subject: 'parkhead-plan', area: 'parkhead' } };

/** Every question kind in one form. */
export const EveryKind: Story = { args: { feed: EVERY_KIND, form: 'every-kind' }, parameters: { forcedColors: true } };

/** Short text. */
export const ShortText: Story = { args: { feed: ONE_KIND, form: 'short_text' } };
/** Long text, with its character count. */
export const LongText: Story = { args: { feed: ONE_KIND, form: 'long_text' } };
/** Email address. */
export const Email: Story = { args: { feed: ONE_KIND, form: 'email' } };
/** UK postcode, as people type it. */
export const Postcode: Story = { args: { feed: ONE_KIND, form: 'postcode' } };
/** Phone number (+44, spaces and brackets are fine). */
export const Phone: Story = { args: { feed: ONE_KIND, form: 'phone' } };
/** One choice (radios). */
export const SingleChoice: Story = { args: { feed: ONE_KIND, form: 'single_choice' } };
/** Several choices (checkboxes). */
export const MultipleChoice: Story = { args: { feed: ONE_KIND, form: 'multiple_choice' } };
/** A rating scale with labelled ends. */
export const Rating: Story = { args: { feed: ONE_KIND, form: 'rating' } };
/** "Was this useful?" */
export const YesNo: Story = { args: { feed: ONE_KIND, form: 'yes_no' } };
/** A consent checkbox. */
export const Consent: Story = { args: { feed: ONE_KIND, form: 'consent' } };

/** Sent with nothing filled in: "There is a problem", a link to each field, inline errors, answers kept. */
export const Errors: Story = {
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
export const Sent: Story = { args: { feed: EVERY_KIND, form: 'every-kind' }, parameters: { forcedColors: true }, render: (args) => feedback(args, standIn({ state: 'sent' }), fillAndSend) };

/** Refused by the endpoint (a 4xx other than 408 and 429): the reason, and the answers kept. */
export const Rejected: Story = {
  args: { feed: EVERY_KIND, form: 'every-kind' },
  render: (args) => feedback(args, standIn({ state: 'rejected', status: 422, message: 'This form is closed for new responses.' }), fillAndSend),
};

/** A broken definition (an unknown question kind and a plain-http endpoint): refused with a clear message. */
export const BrokenDefinition: Story = { args: { feed: BROKEN, form: 'broken' } };

/** At 320 px wide, as on a small phone: nothing scrolls sideways. */
export const NarrowScreen: Story = {
  args: { feed: EVERY_KIND, form: 'every-kind' },
  render: (args) => html`<div style="max-inline-size: 320px">${feedback(args)}</div>`,
};
