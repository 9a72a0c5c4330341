/** Registers `<place-feedback>`. */
import { define } from '../ui/define.js';
import { PlaceFeedbackElement } from './place-feedback.js';

define('place-feedback', PlaceFeedbackElement);

export { PlaceFeedbackElement };
export type { FeedbackEventDetail, FeedbackFailedDetail, FeedbackState } from './host.js';
