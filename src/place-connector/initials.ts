/**
 * The stand-in for a missing or broken photo: the person's initials on a coloured disc. The colour is
 * picked from the name, so the same person always has the same disc, from a palette in which every
 * colour has at least 4.5:1 contrast with the white initials (WCAG AA for text of any size).
 */
import { nameParts } from './names.js';

/** Each passes 4.5:1 against white: tests/place-connector/initials.test.ts checks. */
export const DISC_COLOURS = ['#1d70b8', '#00703c', '#4c2c92', '#912b88', '#a33a12', '#005d61', '#594d00', '#3d4551'] as const;

/** The first letter of a word, with any accents that follow it ("É" written as E and a combining mark). */
const firstLetter = (word: string) => /\p{L}\p{M}*/u.exec(word.normalize('NFC'))?.[0] ?? '';

/** "CB" for "Catrìona Baird", "EH" for "Dr Ewan Hutcheson", "M" for "Morag". */
export function initials(name: string): string {
  const { given, family } = nameParts(name);
  return (firstLetter(given) + firstLetter(family)).toLocaleUpperCase();
}

/** Which of the palette's colours a name gets (the disc's class is `disc-<index>`): always the same for the same name. */
export function discIndex(name: string): number {
  let hash = 0;
  for (const char of name) hash = (hash * 31 + char.codePointAt(0)!) >>> 0;
  return hash % DISC_COLOURS.length;
}

/** The disc colour for a name: always the same for the same name. */
export const discColour = (name: string): string => DISC_COLOURS[discIndex(name)];
