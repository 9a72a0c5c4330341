/**
 * Why text is not a feed this build can read, in words for the page's editor and the publisher: not JSON
 * (with the line and column), an Open Referral UK page or record rather than a feed, no version, or
 * another major version. The validator uses it directly; the widgets load it only for such a feed
 * (load/load.ts), so a working feed does not download it.
 */
import { FeedError } from '../load/problems.js';
import { FORMAT_MAJOR, majorOf } from '../load/read.js';
import { isRecord } from '../load/rules.js';

/**
 * JSON from feed text, or a FeedError that says why not, and where: line and column, which an editor
 * can go to. V8 (Chrome, Edge, node) counts characters from the start ("position 84"), or quotes the
 * ten characters either side of an unexpected token; either is turned into a line and column.
 */
export function readJson(text: string, url?: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    let reason = 'it is an HTML page, not JSON (is the URL right, or is the server answering with an error page?)';
    if (!text.trimStart().startsWith('<')) {
      const message = (error as Error).message;
      const position = /position (\d+)/.exec(message);
      const quoted = /, (\.{3})?"([\s\S]*)"(\.{3})? is not valid JSON$/.exec(message);
      let at = position ? +position[1] : /end of JSON/.test(message) ? text.length : -1;
      if (quoted?.[1]) at = quoted[3] ? text.indexOf(quoted[2]) + 10 : text.length - quoted[2].length + 10;
      else if (quoted?.[3]) at = quoted[2].length - 10;
      const lines = text.slice(0, at).split('\n');
      const where = at < 0 ? '' : ` at line ${lines.length}, column ${lines[lines.length - 1].length + 1}`;
      reason = `it is not valid JSON (${message.replace(/, (\.{3})?"[\s\S]*| in JSON| at position[\s\S]*/g, '')}${where})`;
    }
    throw new FeedError('not-json', `The feed${url ? ` at ${url}` : ''} could not be read: ${reason}.`, url);
  }
}

/** Why data without a `format_version` is not a placekit feed, as precisely as can be told. */
function notAFeed(data: unknown, url?: string): FeedError {
  const at = url ? ` at ${url}` : '';
  if (Array.isArray(data)) {
    return new FeedError(
      'version',
      `The feed${at} is a JSON list, not a placekit feed. A feed is an object with "format_version": "1.0", "publisher", "updated" and sections such as "services". To turn Open Referral UK records into a feed, use: placekit convert.`,
      url,
    );
  }
  if (isRecord(data) && Array.isArray(data.contents) && 'total_items' in data) {
    return new FeedError(
      'version',
      `The feed${at} is a page of an Open Referral UK API (it has "contents" and "total_items"), not a placekit feed. Convert it with: placekit convert.`,
      url,
    );
  }
  if (isRecord(data) && 'id' in data && 'name' in data && !('publisher' in data)) {
    return new FeedError('version', `The feed${at} looks like a single service record, not a placekit feed. Convert it with: placekit convert.`, url);
  }
  return new FeedError(
    'version',
    `The feed${at} does not say which format it is: "format_version" is missing. A placekit feed starts with "format_version": "1.0".`,
    url,
  );
}

/** The data as a feed object of a version this build reads, or a FeedError that says why not. */
export function checkFormat(data: unknown, url?: string): Record<string, unknown> {
  const at = url ? ` at ${url}` : '';
  if (!isRecord(data) || !('format_version' in data)) throw notAFeed(data, url);
  const version = data.format_version;
  if (majorOf(version) !== FORMAT_MAJOR) {
    throw new FeedError(
      'version',
      `The feed${at} is format version ${JSON.stringify(version)}; this copy of placekit reads version ${FORMAT_MAJOR}.x. Update placekit, or ask the publisher for a version ${FORMAT_MAJOR} feed.`,
      url,
    );
  }
  return data;
}

/** The error for feed text that {@link isFeed} refuses: why it is not a feed of this version. */
export function formatError(text: string, url?: string): FeedError {
  try {
    checkFormat(readJson(text, url), url);
  } catch (error) {
    return error as FeedError;
  }
  return new FeedError('version', `The feed${url ? ` at ${url}` : ''} is not a placekit feed.`, url);
}
