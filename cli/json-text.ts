/**
 * JSON as Open Referral APIs and publishers' files hold it: one JSON document, or NDJSON (one record a
 * line, what `GET /services?format=ndjson` answers), with or without a UTF-8 byte-order mark.
 */
import { InputError } from './input.js';

/** What a text held: one document, or the records of an NDJSON stream. */
export type JsonText = { kind: 'json'; data: unknown } | { kind: 'ndjson'; records: unknown[] };

/**
 * Reads `text` as one JSON document; when it is not one, as NDJSON. `ndjson` says the server or the file
 * name said so (`application/x-ndjson`, `.ndjson`, `.jsonl`), which only changes the error message.
 */
export function parseJsonText(text: string, source: string, ndjson = false): JsonText {
  const body = text.replace(/^\uFEFF/, '');
  let error: Error | undefined;
  try {
    return { kind: 'json', data: JSON.parse(body) };
  } catch (caught) {
    error = caught as Error;
  }
  const lines = body.split(/\r?\n/);
  const filled = lines.filter((line) => line.trim() !== '');
  // Two or more lines that each start a JSON value: NDJSON. Anything else: the JSON error is the useful one.
  if (!ndjson && (filled.length < 2 || !filled.every((line) => /^\s*[{[]/.test(line)))) {
    throw new InputError(`${source} is not JSON: ${error.message}`);
  }
  const records: unknown[] = [];
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    try {
      records.push(JSON.parse(line));
    } catch (lineError) {
      throw new InputError(`${source} is not JSON or NDJSON: line ${index + 1} is not a JSON record (${(lineError as Error).message})`);
    }
  });
  return { kind: 'ndjson', records };
}
