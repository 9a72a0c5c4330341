/** How a contact's role reads: localized labels for the roles placekit knows, the feed's words otherwise. */
import type { Connector } from '../feed/domain/types.js';
import { msg } from '../ui/localize.js';

/** The roles placekit knows, in the order cards are shown. */
export const KNOWN_ROLES = ['community_connector', 'third_sector_interface', 'place_director'] as const;

/** "Community Connector", "Third-sector interface", "Place Director"; `undefined` for other roles. */
export function knownRoleLabel(role: string): string | undefined {
  if (role === 'community_connector') return msg('Community Connector');
  if (role === 'third_sector_interface') return msg('Third-sector interface');
  if (role === 'place_director') return msg('Place Director');
  return undefined;
}

/** "Youth worker" for `youth_worker`. */
const humanise = (role: string) => {
  const words = role.replace(/[_-]+/g, ' ').trim();
  return words.charAt(0).toLocaleUpperCase() + words.slice(1);
};

/** A role id in words: "Community Connector" (localized) for a known role, "Youth worker" for `youth_worker`. */
export function roleName(role: string): string {
  return knownRoleLabel(role) ?? humanise(role);
}

/** The kind of contact, shown above the name: the localized label, else the feed's title, else the role humanised. */
export function roleLabel(connector: Connector): string {
  return knownRoleLabel(connector.role) ?? connector.role_title ?? humanise(connector.role);
}

/** The job title (the vCard's TITLE): the feed's own wording first. */
export function jobTitle(connector: Connector): string {
  return connector.role_title ?? roleLabel(connector);
}

/** Sort key: known roles first, in their order; others after, in feed order (the sort is stable). */
export function roleRank(role: string): number {
  const index = (KNOWN_ROLES as readonly string[]).indexOf(role);
  return index < 0 ? KNOWN_ROLES.length : index;
}
