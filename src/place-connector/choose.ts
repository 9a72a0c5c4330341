/**
 * Which contacts to show. A contact with `area_ids` is local to those neighbourhoods; one without covers
 * the whole council area (the third-sector interface, a Place Director).
 *
 * - `connector`: that person.
 * - an area (the page's `area`, or the resident's choice): the contacts local to it, plus whole-area
 *   contacts when `role` asks for their role.
 * - no area: whole-area contacts of the `role` asked for (none without `role`); the resident picks an area
 *   for the local ones.
 * `contact-role` (one or more role ids, separated by spaces or commas) filters all of these.
 */
import type { Connector } from '../feed/domain/types.js';
import { roleRank } from './roles.js';

export const isLocal = (c: Connector) => (c.area_ids?.length ?? 0) > 0;

export function rolesOf(attribute: string | undefined): string[] {
  return (attribute ?? '').split(/[\s,]+/).filter(Boolean);
}

export function chooseContacts(all: readonly Connector[], options: { area?: string; roles: string[] }): Connector[] {
  const { area, roles } = options;
  const picked = all.filter((c) => {
    if (roles.length > 0 && !roles.includes(c.role)) return false;
    if (isLocal(c)) return !!area && c.area_ids!.includes(area);
    return roles.length > 0;
  });
  return picked.sort((a, b) => roleRank(a.role) - roleRank(b.role));
}

/** The third-sector interface(s): where to point a resident when there is nobody else. */
export function thirdSectorInterfaces(all: readonly Connector[], area?: string): Connector[] {
  return all.filter((c) => c.role === 'third_sector_interface' && (!isLocal(c) || (!!area && c.area_ids!.includes(area))));
}
