/**
 * What the loader noticed, grouped for people: one group per kind of problem (the same complaint about
 * the same kind of value, whichever field it is in), with its count and its places. The console gets one line per group with three examples
 * and the command that lists them all (`placekit validate`); the validator prints every place under its
 * group. A feed with a thousand schemeless websites is one line, not a thousand.
 *
 * The widgets load this module only when a feed has something to report (load/load.ts).
 */
import type { FeedWarning } from '../load/problems.js';

export interface WarningGroup {
  action: FeedWarning['action'];
  /** The fields, with list positions as `[*]`: `services[*].url, services[*].organization.website`. */
  pattern: string;
  /** The first warning's message without the value it names (and positions as `[*]`): what the group is about. */
  headline: string;
  warnings: FeedWarning[];
}

/** Most serious first: what a resident loses, then what was read differently, then notes. */
export const ACTIONS: ReadonlyArray<FeedWarning['action']> = ['skipped', 'dropped', 'repaired', 'noted'];

/** `(is "www.x.org")`, with escaped quotes inside the value. */
const VALUE = /\s*\(is (?:"(?:[^"\\]|\\.)*"|[^)]*)\)/g;

/** What makes two warnings the same kind: the action and the complaint, values, ids, positions and numbers aside. */
function kindOf(w: FeedWarning): string {
  return `${w.action} ${w.message
    .replace(VALUE, '')
    .replace(/"(?:[^"\\]|\\.)*"/g, '"…"')
    .replace(/\(id [^)]*\)/g, '')
    .replace(/[\w.]*\[\d+\][\w.[\]]*/g, '…')
    .replace(/\d+/g, '#')}`;
}

/** The warnings in groups of one kind each, most serious first, then in the order first met. */
export function groupWarnings(warnings: readonly FeedWarning[]): WarningGroup[] {
  const groups = new Map<string, WarningGroup & { fields: Set<string> }>();
  for (const w of warnings) {
    const key = kindOf(w);
    let group = groups.get(key);
    if (!group)
      groups.set(
        key,
        (group = { action: w.action, pattern: '', headline: w.message.replace(VALUE, '').replace(/\[\d+\]/g, '[*]'), warnings: [], fields: new Set() }),
      );
    group.warnings.push(w);
    group.fields.add(w.path.replace(/\[\d+\]/g, '[*]'));
  }
  return [...groups.values()]
    .map(({ fields, ...group }) => ({
      ...group,
      pattern: fields.size > 3 ? `${[...fields].slice(0, 3).join(', ')} and ${fields.size - 3} more` : [...fields].join(', '),
    }))
    .sort((a, b) => ACTIONS.indexOf(a.action) - ACTIONS.indexOf(b.action));
}

/** A group's first line: the one warning itself (with its record, if `record`), or the kind with its count. */
export function groupLine(group: WarningGroup, record = true): string {
  const [w] = group.warnings;
  if (group.warnings.length > 1) return `${group.pattern}: ${group.headline} (${group.warnings.length.toLocaleString('en-GB')} places)`;
  return `${w.path}: ${w.message}${record && w.record ? ` [${w.record}]` : ''}`;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

/** The tally: `1 record skipped, 3 values dropped, 42 values repaired, 2 notes` (repairs when there are any). */
export function tally(warnings: readonly FeedWarning[]): string {
  const count = (action: FeedWarning['action']) => warnings.filter((w) => w.action === action).length;
  const repaired = count('repaired');
  return `${plural(count('skipped'), 'record')} skipped, ${plural(count('dropped'), 'value')} dropped, ${repaired ? `${plural(repaired, 'value')} repaired, ` : ''}${plural(count('noted'), 'note')}`;
}

/**
 * Tells the page's editor, in the console: a collapsed group with one line per kind of problem (its count
 * and three examples), headed by the tally and the command that lists every one.
 */
export function reportWarnings(url: string, warnings: readonly FeedWarning[]): void {
  console.groupCollapsed?.(`placekit: the feed at ${url} loaded with ${tally(warnings)}. Run "placekit validate ${url}" to list them all.`);
  for (const group of groupWarnings(warnings)) {
    const more =
      group.warnings.length > 1
        ? `. For example: ${group.warnings
            .slice(0, 3)
            .map((w) => `${w.path}: ${w.message}`)
            .join('; ')}`
        : '';
    console.warn(`${groupLine(group)}${more}`);
  }
  console.groupEnd?.();
}
