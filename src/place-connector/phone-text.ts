/**
 * A phone number as a link shows it. The link's text is also its accessible name, so what is seen, what a
 * screen reader says, what voice control matches and what is copied are the same words (WCAG 2.5.3):
 * screen readers read a number written in groups ("0141 496 0501") digit by digit or group by group,
 * and a braille display shows it as written.
 *
 * Only the "(0)" after a country code goes: "+44 (0)141 496 0501" is "+44 141 496 0501", as it is
 * dialled (the `tel:` link drops it too). Otherwise the number stays as the feed wrote it, spaces tidied.
 */
export function writtenNumber(number: string): string {
  const tidy = number.trim().replace(/\s+/g, ' ');
  return /^(\+|00)/.test(tidy)
    ? tidy
        .replace(/\s*\(0\)\s*/g, ' ')
        .replace(/\s+/g, ' ')
        .trim()
    : tidy;
}
