/** Registers `<place-connector>`. */
import { define } from '../ui/define.js';
import { PlaceConnectorElement } from './place-connector.js';

define('place-connector', PlaceConnectorElement);

export { PlaceConnectorElement };
export type { ConnectorSaveDetail } from './place-connector.js';
