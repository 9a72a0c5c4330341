/**
 * Distances as people think of them (ALISS does this): "Within a 15 minute walk (about 0.8 miles)", "About
 * a 10 minute drive (3.2 miles)", and past an hour's drive the miles alone. Distances are measured in a
 * straight line (areas.ts), so every place that shows them says so once ({@link straightLineNote}).
 *
 * Walking at 3 miles an hour (20 minutes a mile), driving at 20 miles an hour (3 minutes a mile: town
 * streets, junctions and parking), minutes rounded up to the next 5, never under 5: a straight line is
 * never longer than the way there, so the words err on the side of "it may take longer".
 */
import { formatMiles, formatNumber, msg, str } from '../../ui/localize.js';

export const WALK_MINUTES_PER_MILE = 20;
export const DRIVE_MINUTES_PER_MILE = 3;
/** The longest walk offered as a walk, and the longest drive offered as a drive, in minutes. */
export const LONGEST_WALK = 30;
export const LONGEST_DRIVE = 60;

export interface Travel {
  mode: 'walk' | 'drive' | 'far';
  /** Rounded up to the next 5, at least 5; absent when far. */
  minutes?: number;
}

const fives = (minutes: number) => Math.max(5, Math.ceil(minutes / 5 - 1e-9) * 5);

/** How a distance in miles is best told: a walk, a drive, or just far. */
export function travel(miles: number): Travel {
  const walk = fives(miles * WALK_MINUTES_PER_MILE);
  if (walk <= LONGEST_WALK) return { mode: 'walk', minutes: walk };
  const drive = fives(miles * DRIVE_MINUTES_PER_MILE);
  if (drive <= LONGEST_DRIVE) return { mode: 'drive', minutes: drive };
  return { mode: 'far' };
}

/** "Within a 15 minute walk (about 0.8 miles)", "About a 10 minute drive (3.2 miles)", or "25 miles away". */
export function distanceText(miles: number): string {
  const { mode, minutes = 0 } = travel(miles);
  const distance = formatMiles(miles);
  const n = formatNumber(minutes);
  if (mode === 'walk') return msg(str`Within a ${n} minute walk (about ${distance})`);
  if (mode === 'drive') return msg(str`About a ${n} minute drive (${distance})`);
  return msg(str`${distance} away`);
}

/** Said once wherever distances are shown. */
export const straightLineNote = (): string => msg('Distances are in a straight line, so the way there may be longer.');
