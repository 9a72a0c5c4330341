/**
 * Text from outside (a submission, a feed, a request) made safe to print to a terminal or a log: it can
 * neither start a new line (and forge one), nor move the cursor, clear the screen or recolour the text
 * (ANSI escapes), nor turn the rest of the line round (bidirectional overrides).
 */

/** C0 and C1 control characters, DEL, line and paragraph separators, and the bidirectional controls. */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** The text with each unsafe character written as an escape (`\n`, `\u001b`); everything else as it is. */
export function printable(text: string): string {
  return text.replace(UNSAFE, (c) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * A value for a `name=value` field of a log line: as it is when it is plain ASCII without spaces or quotes,
 * otherwise in double quotes with its backslashes, quotes and unsafe characters escaped, so that it can
 * never read as more fields or another line.
 */
export function logValue(text: string): string {
  if (/^[\x21-\x7e]*$/.test(text) && !/["\\]/.test(text)) return text;
  return `"${printable(text.replace(/["\\]/g, '\\$&'))}"`;
}

/** Characters JSON leaves as they are inside strings that a terminal may still act on: C1 controls, DEL, separators, bidirectional controls. */
const UNSAFE_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** `value` as indented JSON that is safe to print: the same data, with those characters as `\uXXXX` escapes (JSON already escapes C0). */
export function printableJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(UNSAFE_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
