/**
 * CSV as RFC 4180 writes it, made safe to open in a spreadsheet.
 *
 * - Fields holding a comma, a double quote, CR or LF are quoted; quotes inside are doubled.
 * - Records end with CRLF.
 * - Text that a spreadsheet would read as a formula (it starts with `=`, `+`, `-`, `@`, a tab or a
 *   carriage return) gets a leading apostrophe, so `=HYPERLINK(...)` typed into a feedback form is shown
 *   as text, never run (OWASP's advice on CSV injection). Numbers are written as numbers: they come from
 *   JSON numbers, not from text, so a rating of -2 stays -2.
 */

/** A cell: text (protected against formulas), a number (written as is), or nothing. */
export type Cell = string | number | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** Text with a leading apostrophe when a spreadsheet would otherwise run it as a formula. */
export function protectFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One field, protected and quoted as needed. */
export function csvField(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  const text = typeof cell === 'number' ? (Number.isFinite(cell) ? String(cell) : '') : protectFormula(cell);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One record, CRLF included. */
export function csvRecord(cells: readonly Cell[]): string {
  return `${cells.map(csvField).join(',')}\r\n`;
}
