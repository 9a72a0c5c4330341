/**
 * Which form ids the receiver accepts: those named with `--form`, and the `feedback_forms` of the feeds
 * named with `--feed` (files or URLs, read as the widgets read them, so a form the widgets would not show
 * is not accepted either). A feed with `listing_reports` adds the directory's own forms for listings (a
 * report that one is wrong, a confirmation that it is right: src/feed/domain/listing-reports.ts).
 * `--form '*'` accepts any id. For a form a feed defines, its question ids too (a Place Standard form's
 * themes included: `<theme>`, `<theme>-good`, `<theme>-better`):
 * the receiver keeps answers to those as the submission's answers, and sets any other apart.
 *
 * A feed changes: when a submission names a form (or answers a question) the receiver does not know, the
 * feeds are read again (at most once a minute by default, `--feed-reread`) before it is refused (or the
 * answer set apart), so a form or question added to the feed after the receiver started is taken without
 * a restart. A feed that cannot be read then keeps the forms already known.
 */
import { answerIds } from '../src/feed/domain/place-standard.js';
import { parseFeedText } from '../src/feed/validator/parse.js';
import { FeedError } from '../src/feed/load/problems.js';
import { LISTING_QUESTIONS } from '../src/feed/domain/listing-reports.js';
import { InputError, readInput } from './input.js';
import { printable } from './printable.js';

export class FormAllowList {
  /** Each form the feeds define, with its question ids (a Map: a form id is never looked up on a prototype). */
  private fromFeeds = new Map<string, ReadonlySet<string>>();
  private readAt = 0;
  private reading?: Promise<void>;

  constructor(
    private readonly named: readonly string[],
    private readonly feeds: readonly string[],
    private readonly log: (line: string) => void = () => {},
    private readonly rereadAfterMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  get any(): boolean {
    return this.named.includes('*');
  }

  /** Every id known now (for the start-up line). */
  get ids(): string[] {
    return [...new Set([...this.named, ...this.fromFeeds.keys()])];
  }

  /** Reads the feeds; throws InputError naming the feed when one cannot be read or has no forms. */
  async load(): Promise<void> {
    const forms = new Map<string, ReadonlySet<string>>();
    for (const source of this.feeds) {
      let text: string;
      try {
        text = await readInput(source, 20);
      } catch (error) {
        throw error instanceof InputError ? error : new InputError(`could not read ${source}: ${(error as Error).message}`);
      }
      try {
        const feed = parseFeedText(text, source).feed;
        for (const form of feed.feedback_forms) forms.set(form.id, new Set(answerIds(form)));
        if (feed.listing_reports) for (const [id, questions] of Object.entries(LISTING_QUESTIONS)) forms.set(id, new Set(questions));
      } catch (error) {
        if (error instanceof FeedError) throw new InputError(`${source} cannot be used as a feed: ${error.message}`);
        throw error;
      }
    }
    this.fromFeeds = forms;
    this.readAt = this.now();
  }

  /** Whether submissions to this form are accepted (the feeds may be read again first). */
  async allows(formId: string): Promise<boolean> {
    if (this.any || this.named.includes(formId) || this.fromFeeds.has(formId)) return true;
    await this.reread();
    return this.fromFeeds.has(formId);
  }

  /**
   * The question ids of a form a feed defines, once the feeds have been read again if some of `answered`
   * are not among them; undefined for a form accepted without a definition (`--form`).
   */
  async questions(formId: string, answered: readonly string[]): Promise<ReadonlySet<string> | undefined> {
    const known = this.fromFeeds.get(formId);
    if (!known || answered.every((id) => known.has(id))) return known;
    await this.reread();
    return this.fromFeeds.get(formId) ?? known;
  }

  /** Reads the feeds again, unless they were read within `--feed-reread` (one reading at a time). */
  private async reread(): Promise<void> {
    if (this.feeds.length === 0 || this.now() - this.readAt < this.rereadAfterMs) return;
    this.reading ??= this.load()
      .then(() => this.log(`forms re-read from the feed: ${printable(this.ids.join(', ')) || '(none)'}`))
      .catch((error: Error) => {
        this.readAt = this.now();
        this.log(`could not re-read the feed, keeping the forms known: ${printable(error.message)}`);
      })
      .finally(() => (this.reading = undefined));
    await this.reading;
  }
}
