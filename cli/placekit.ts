/**
 * The `placekit` command, for the people who publish feeds and receive feedback. It lives beside the
 * library, not inside the widgets.
 */
import { parseArgs } from 'node:util';
import { writeFile } from 'node:fs/promises';
import { VERSION } from '../src/version.js';
import { checkApiCommand } from './check-api.js';
import { DEFAULT_MAX_PAGES, convertCommand } from './convert.js';
import { feedJsonSchema } from './feed-json-schema.js';
import { receiveCommand } from './receive.js';
import { validateCommand } from './validate.js';

const HELP = `placekit ${VERSION}: tools for placekit feeds

Usage:
  placekit validate <file-or-URL>...   Check feeds the way the widgets read them.
      --json                           Print the report as JSON.
      --quiet                          Print only what fails the feed, and the result line.
      --strict                         Fail on repaired values too (a website without
                                       https://, an email with a stray space).
      Exit 0 when every record is kept and no value dropped (values
      repaired and notes are listed), 1 otherwise.

  placekit convert <source>...         Build a feed from what a council's directory publishes. A source
                                       is a file, a URL, - (standard input) or a folder:
                                       - Open Referral UK JSON: a service, a list of services, a page
                                         of GET /services (HSDS 3.0 UK or ORUK 1.0), NDJSON
                                         (?format=ndjson), an organization with its services, a
                                         service at a location, or another placekit feed;
                                       - an HSDS tabular data package: a folder of CSV files (one a
                                         table), or its datapackage.json.
                                       HSDS 3.0 UK records are kept as published; ORUK 1.0 ones get
                                       HSDS 3.0 UK field names; tables are rebuilt into services.
      --publisher "Name"               The publisher's name (recommended).
      --website URL --licence "Name"   More about the publisher.
      --areas file.json                Areas to include (a list, or a feed whose areas to reuse).
      --all-pages                      Follow an API page URL to the last page (?page=2, 3...).
                                       A page that still fails after 3 tries stops the run and
                                       nothing is written.
      --max-pages N                    Stop --all-pages after N pages (default 1000).
      --full                           Read each listed service's full record from the API
                                       (GET /services/{id}): lists may leave out locations,
                                       opening times and contacts.
      --out feed.json                  Write to a file instead of standard output.
      Exit 0 when written, 1 when a source cannot be read or used.

  placekit check-api <base URL>        Check a council's Open Referral UK API before pointing
                                       <place-directory api="..."> at it: the answer shape, paging,
                                       search, each filter parameter, GET /services/{id}, the
                                       categories, response times and CORS. The base URL is the
                                       part before /services. Prints the snippet to paste.
      --origin URL                     The site the directory will be on (https://www.council.example):
                                       checks that CORS lets its pages read the API.
      --timeout SECONDS                Give up a request after this long (default 20).
      Exit 0 when the directory can use the API, 1 when it cannot, 2 when it
      cannot be reached.

  placekit schema [--out file]         Print the feed's JSON Schema.

  placekit receive                     Receive <place-feedback> submissions over HTTP and keep them
                                       in SQLite (needs: npm install better-sqlite3).
      --origin URL                     A site whose pages may send (repeat; "*" for any). Required.
      --form ID                        A form id to accept (repeat; "*" for any).
      --feed file-or-URL               Accept every form in this feed (repeat). --form or --feed
                                       is required.
      --feed-reread SECONDS            An unknown form id reads the feeds again, at most this
                                       often (default 60).
      --db FILE                        The database (default placekit-feedback.db; created if new).
      --port N --host H                Where to listen (default 8787 on 127.0.0.1).
      --max-body SIZE                  Largest submission (default 256kb).
      --max-db SIZE                    Largest the database may grow (default 1gb); past it
                                       submissions are answered 507 and wait in residents' browsers.
      --rate-limit N                   Requests a minute per client (default 60; 0 for none).
      --trust-proxy                    Behind a reverse proxy: the client is the last
                                       X-Forwarded-For address.
      Stops cleanly on SIGTERM or Ctrl-C. Logs one line per request, never the answers.

  placekit receive export              Write the submissions as CSV (one column per question).
      --db FILE --out file.csv         Default: placekit-feedback.db, to standard output.
      --form ID                        Only this form (repeat).
      --no-bom                         Leave out the UTF-8 byte-order mark Excel needs.
      --include-suspected              Add the submissions the form suspected of spam, with a
                                       suspected_spam column (left out by default).
      --from DATE --to DATE            Only those received on these UK dates (YYYY-MM-DD, inclusive).
      --summary                        Counts instead of answers (CSV): submissions per form, per
                                       area, and per answer of each choice question and rating.
      --feed file-or-URL               With --summary: question kinds and labels from the feed.
      --place-standard --feed FEED     The Place Standard forms' results per area (JSON for the
                                       feed's place_standard_results): median and spread per theme.
      --min-participants N             Leave out areas with fewer (default 5).

  placekit receive backup --out FILE   Copy the database safely, even while receiving.
      --db FILE

  placekit --version | --help
`;

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    console.log(HELP);
    return command ? 0 : 2;
  }
  if (command === '--version' || command === '-v') {
    console.log(VERSION);
    return 0;
  }
  try {
    if (command === 'validate') {
      const { values, positionals } = parseArgs({
        args: rest,
        allowPositionals: true,
        options: { json: { type: 'boolean', default: false }, quiet: { type: 'boolean', default: false }, strict: { type: 'boolean', default: false } },
      });
      return await validateCommand(positionals, { json: values.json, quiet: values.quiet, strict: values.strict });
    }
    if (command === 'convert') {
      const { values, positionals } = parseArgs({
        args: rest,
        allowPositionals: true,
        options: {
          publisher: { type: 'string' },
          website: { type: 'string' },
          licence: { type: 'string' },
          areas: { type: 'string' },
          out: { type: 'string', short: 'o' },
          updated: { type: 'string' },
          'all-pages': { type: 'boolean', default: false },
          'max-pages': { type: 'string' },
          full: { type: 'boolean', default: false },
        },
      });
      const maxPages = values['max-pages'] === undefined ? DEFAULT_MAX_PAGES : Number(values['max-pages']);
      if (!Number.isInteger(maxPages) || maxPages < 1) {
        console.error(`placekit convert: --max-pages takes a whole number of pages, 1 or more (is "${values['max-pages']}").`);
        return 2;
      }
      const { 'all-pages': allPages, 'max-pages': _maxPages, ...other } = values;
      return await convertCommand(positionals, { ...other, allPages, maxPages });
    }
    if (command === 'check-api') {
      const { values, positionals } = parseArgs({
        args: rest,
        allowPositionals: true,
        options: { origin: { type: 'string' }, timeout: { type: 'string' } },
      });
      const timeout = values.timeout === undefined ? undefined : Number(values.timeout);
      if (positionals.length > 1 || (timeout !== undefined && !(timeout > 0))) {
        console.error(
          positionals.length > 1
            ? 'placekit check-api: give one API base URL at a time.'
            : `placekit check-api: --timeout takes a number of seconds (is "${values.timeout}").`,
        );
        return 2;
      }
      return await checkApiCommand(positionals[0], { origin: values.origin, timeout });
    }
    if (command === 'receive') {
      return await receiveCommand(rest);
    }
    if (command === 'schema') {
      const { values } = parseArgs({ args: rest, options: { out: { type: 'string', short: 'o' } } });
      const text = `${JSON.stringify(feedJsonSchema(), null, 2)}\n`;
      if (values.out) await writeFile(values.out, text, 'utf8');
      else process.stdout.write(text);
      return 0;
    }
  } catch (error) {
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      console.error(`placekit ${command}: ${error.message}\nRun placekit --help for usage.`);
      return 2;
    }
    throw error;
  }
  console.error(`placekit: unknown command "${command}". Run placekit --help for usage.`);
  return 2;
}

// Piped into \`head\` and the like: stop quietly when the reader goes away.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await main(process.argv.slice(2));
