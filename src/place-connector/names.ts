/**
 * People's names as the card needs them: the short name links use ("Call Morag on ..."), and the parts
 * a vCard's N property wants. A heuristic for names written in the usual British order; the full name
 * as the feed gives it stays the one shown and the vCard's FN.
 */

/** Honorifics that come before a name and are not the given name. */
const TITLES = /^(dr|mr|mrs|ms|miss|mx|prof|professor|rev|revd|cllr|councillor|sir|dame|lady|lord)\.?$/i;

export interface NameParts {
  /** "Dr", when the name starts with a title. */
  prefix: string;
  given: string;
  /** Middle names. */
  additional: string;
  /** The last word; empty for a one-word name. */
  family: string;
}

export function nameParts(name: string): NameParts {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const prefixes: string[] = [];
  while (words.length > 1 && TITLES.test(words[0])) prefixes.push(words.shift()!);
  const family = words.length > 1 ? words.pop()! : '';
  const [given = '', ...middle] = words;
  return { prefix: prefixes.join(' '), given, additional: middle.join(' '), family };
}

/** The name a link uses: the given name ("Morag"), or the whole name when it has only one word. */
export function shortName(name: string): string {
  return nameParts(name).given || name.trim();
}
