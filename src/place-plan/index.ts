/** Registers `<place-plan>`. */
import { define } from '../ui/define.js';
import { PlacePlanElement } from './place-plan.js';

define('place-plan', PlacePlanElement);

export { PlacePlanElement };
