/**
 * An area's name as residents read it everywhere (the directory's neighbourhood filter, a plan's area and
 * tiles, the contact card's "Showing … for", the neighbourhood chooser): with its Gaelic or Welsh name
 * beside it when the feed gives one, "Parkhead (Ceann na Pàirce)".
 */
import type { Area } from '../feed/domain/types.js';

export function areaLabel(area: Pick<Area, 'name' | 'alternate_name'>): string {
  return area.alternate_name ? `${area.name} (${area.alternate_name})` : area.name;
}
