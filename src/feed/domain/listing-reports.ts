/**
 * placekit's own forms for a directory's listings, sent to the feed's `listing_reports.endpoint`: a
 * resident's report that a listing is wrong, and a resident's "Yes, this information was right". Their
 * ids and question ids are fixed here, so the widget that sends them and the receiver that stores and
 * counts them (`placekit receive`) agree; the words residents read are the directory's (localized).
 */

/** A report that a listing is wrong: what is wrong, what it should say, and (if they wish) how to reach them. */
export const LISTING_REPORT_FORM = 'placekit-listing-report';
/** "Was this information right?" answered Yes: nothing but the date it was sent and the listing it is about. */
export const LISTING_CONFIRMATION_FORM = 'placekit-listing-confirmation';

/** What can be wrong with a listing (Outpost's "Suggest an edit" choices). */
export const LISTING_PROBLEMS = ['out_of_date', 'extra_information', 'closed', 'something_else'] as const;
export type ListingProblem = (typeof LISTING_PROBLEMS)[number];

/** The question ids of each form. */
export const LISTING_QUESTIONS: Readonly<Record<string, readonly string[]>> = {
  [LISTING_REPORT_FORM]: ['problem', 'correction', 'contact'],
  [LISTING_CONFIRMATION_FORM]: ['right'],
};
