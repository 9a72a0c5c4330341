/**
 * Phone numbers as screen readers should say them. "0141 496 0102" is read "zero one four one, four nine
 * six, zero one zero two", not "one hundred and forty-one": the digits are spaced, and the groups the
 * number was written in are kept as pauses (commas). The visible text stays as the feed wrote it.
 */
export function spokenNumber(number: string): string {
  return number
    .trim()
    .split(/[\s\-.()]+/)
    .filter(Boolean)
    .map((group) => [...group].join(' '))
    .join(', ');
}
