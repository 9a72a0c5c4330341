/**
 * What the outbox delivers and what it answers: the types the form (`<place-feedback>`) and the outbox
 * (outbox.ts) share. Declared here, beside the outbox, so the form names them without the outbox ever
 * importing the form.
 */

/** One answer as sent: text as typed (trimmed), choices as their values, ratings as numbers, yes/no and consent as booleans, nothing as null. */
export type Answer = string | string[] | number | boolean | null;
/** Answers by question id. */
export type Answers = Record<string, Answer>;

/** One submission, the JSON body the endpoint receives. */
export interface Submission {
  form_id: string;
  answers: Answers;
  context: { area?: string; subject?: string; subject_name?: string; page_url: string };
  submitted_at: string;
  /** Sent as the `Idempotency-Key` header too: the receiver keeps one submission per key. */
  idempotency_key: string;
  /** The spam signals that fired (`honeypot`, `too_fast`), when any did: sent all the same, for the receiver to keep apart. */
  suspected_spam?: string[];
}

/**
 * Why a submission was not delivered: the endpoint's HTTP status and message; or status 0, when it could not
 * be reached and nothing could be kept, with `reason` when a waiting submission was lost later: `removed`
 * (this browser's storage was cleared and it could not be written back) or `expired` (7 days).
 */
export interface Refusal {
  status: number;
  message?: string;
  reason?: 'removed' | 'expired';
}

/** What `send` answers within seconds: delivered, waiting in the outbox (still trying), or refused. */
export type Outcome = { state: 'sent' } | { state: 'queued' } | ({ state: 'rejected' } & Refusal);

/** The delivery side (outbox.ts), as the form uses it. */
export interface Outbox {
  send(endpoint: string, submission: Submission): Promise<Outcome>;
  /** Hears the key of a queued submission when it is delivered later (by this tab or another); returns a function that stops listening. */
  onDelivered(listener: (key: string) => void): () => void;
  /** Hears the key of a queued submission the endpoint refused later (a 4xx), with the refusal; returns a function that stops listening. */
  onRefused(listener: (key: string, refusal: Refusal) => void): () => void;
}
