/**
 * JSON as Open Referral APIs and publishers' files hold it: one JSON document, or NDJSON (one record a
 * line, what `GET /services?format=ndjson` answers), with or without a UTF-8 byte-order mark.
 */
import { InputError } from './input.js';
import { formatPath } from '../src/feed/validator/issues.js';
import { MAX_DEPTH, deepestPart } from '../src/feed/validator/tolerant.js';

/**
 * `data` itself, or an InputError when it nests deeper than any Open Referral document does (a page, its
 * records and their parts are a dozen levels): copying and writing such a value would overflow the stack.
 */
export function checkDepth<T>(data: T, source: string): T {
  // A page or a list holds records a level or two down: the limit is a record's, plus those levels.
  const deep = deepestPart(data, MAX_DEPTH + 2);
  if (deep) {
    throw new InputError(
      `${source} nests more than ${MAX_DEPTH} levels deep (at ${formatPath(deep.slice(0, 8))}…): no Open Referral record goes that deep, so it is not read`,
    );
  }
  return data;
}

/** What a text held: one document, or the records of an NDJSON stream. */
export type JsonText = { kind: 'json'; data: unknown } | { kind: 'ndjson'; records: unknown[] };

/**
 * Reads `text` as one JSON document; when it is not one, as NDJSON. `ndjson` says the server or the file
 * name said so (`application/x-ndjson`, `.ndjson`, `.jsonl`), which only changes the error message.
 */
export function parseJsonText(text: string, source: string, ndjson = false): JsonText {
  const body = text.replace(/^\uFEFF/, '');
  let error: Error | undefined;
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (caught) {
    error = caught as Error;
  }
  // Read, but too deep: said as such, not as "not JSON".
  if (!error) return { kind: 'json', data: checkDepth(data, source) };
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
  return { kind: 'ndjson', records: checkDepth(records, source) };
}
