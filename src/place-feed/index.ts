/** Registers `<place-feed>`. */
import { define } from '../ui/define.js';
import { PlaceFeedElement } from './place-feed.js';

define('place-feed', PlaceFeedElement);

export { PlaceFeedElement };
