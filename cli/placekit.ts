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

/** Each command's help, as `placekit <command> --help` prints it; `placekit --help` prints them all. */
const COMMAND_HELP: Record<string, string> = {
  validate: `  placekit validate <file-or-URL>...   Check feeds the way the widgets read them.
      --json                           Print the report as JSON.
      --quiet                          Print only feeds that fail: each problem that fails one and
                                       its result, one line each, starting with the file or URL.
      --strict                         Fail on repaired values too (a website without
                                       https://, an email with a stray space).
      Exit 0 when every record is kept and no value dropped (values
      repaired and notes are listed), 1 when a feed is not valid or cannot
      be used, 2 when a file or URL could not be read.
`,
  convert: `  placekit convert <source>...         Build a feed from what a council's directory publishes. A source
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
      --confirmations counts.json      Merge residents' "it was right" counts (from placekit
                                       receive export --confirmations) into the services and
                                       opportunities with those ids.
      --listing-reports URL            Where the directory sends residents' reports that a listing
                                       is wrong (and their confirmations): the feed's
                                       listing_reports.endpoint, e.g. a placekit receive address.
      --out feed.json                  Write to a file instead of standard output.
      Exit 0 when written, 1 when a source cannot be read or used.
`,
  'check-api': `  placekit check-api <base URL>        Check a council's Open Referral UK API before pointing
                                       <place-directory api="..."> at it: the answer shape, paging,
                                       search, each filter parameter, GET /services/{id}, the
                                       categories, response times and CORS. The base URL is the
                                       part before /services. Prints the snippet to paste.
      --origin URL                     The site the directory will be on (https://www.council.example):
                                       checks that CORS lets its pages read the API.
      --timeout SECONDS                Give up a request after this long (default 20).
      Exit 0 when the directory can use the API, 1 when it cannot, 2 when it
      cannot be reached.
`,
  schema: `  placekit schema [--out file]         Print the feed's JSON Schema.
`,
  receive: `  placekit receive                     Receive <place-feedback> submissions over HTTP and keep them
                                       in SQLite (needs: npm install better-sqlite3).
                                       A --feed with listing_reports also accepts the directory's
                                       listing reports and confirmations.
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
`,
  'receive export': `  placekit receive export              Write the submissions as CSV (one column per question).
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
      --confirmations                  Instead, write per listing how many residents said it was
                                       right and when last, as JSON for placekit convert
                                       --confirmations.
`,
  'receive backup': `  placekit receive backup --out FILE   Copy the database safely, even while receiving.
      --db FILE
`,
};

const HELP = `placekit ${VERSION}: tools for placekit feeds

Usage:
${Object.values(COMMAND_HELP).join('\n')}
  placekit <command> --help           One command's help.
  placekit --version | --help

  Exit 0 when done, 1 when a feed is not valid or a source cannot be used (each command says),
  2 for a mistake in the command line or a file or address that could not be read or written.
`;

const HELP_FLAGS = new Set(['--help', '-h']);

/** The command's help, for `placekit <command> --help` (and `placekit help <command>`). */
function commandHelp(words: string[]): string | undefined {
  const [command, sub] = words;
  if (command === 'receive' && (sub === 'export' || sub === 'backup')) return COMMAND_HELP[`receive ${sub}`];
  return COMMAND_HELP[command];
}

/** A file the command could not open, read or write, in one line: `cannot write /missing/x.json: no such folder`. */
function fileProblem(error: NodeJS.ErrnoException, writing: Set<string>): string | undefined {
  if (typeof error.code !== 'string' || typeof error.path !== 'string') return undefined;
  const why: Record<string, string> = {
    ENOENT: writing.has(error.path) ? 'its folder does not exist' : 'no such file or folder',
    EACCES: 'permission denied',
    EPERM: 'not permitted',
    EISDIR: 'it is a folder',
    ENOTDIR: 'a part of the path is not a folder',
    EROFS: 'the disk is read-only',
    ENOSPC: 'the disk is full',
  };
  if (!why[error.code]) return undefined;
  return `cannot ${writing.has(error.path) ? 'write' : 'open'} ${error.path}: ${why[error.code]}`;
}

/** Where a command writes (its --out), so an error on that path reads "cannot write". */
function outputsOf(args: string[]): Set<string> {
  const outputs = new Set<string>();
  args.forEach((arg, at) => {
    if ((arg === '--out' || arg === '-o' || arg === '--db') && args[at + 1]) outputs.add(args[at + 1]);
    else if (arg.startsWith('--out=')) outputs.add(arg.slice('--out='.length));
  });
  return outputs;
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || HELP_FLAGS.has(command)) {
    console.log(HELP);
    return command ? 0 : 2;
  }
  if (command === 'help') {
    console.log(rest.length > 0 ? (commandHelp(rest) ?? HELP) : HELP);
    return 0;
  }
  if (command === '--version' || command === '-v') {
    console.log(VERSION);
    return 0;
  }
  if (COMMAND_HELP[command] && rest.some((arg) => HELP_FLAGS.has(arg))) {
    console.log(`placekit ${VERSION}\n\nUsage:\n${commandHelp([command, ...rest])}`);
    return 0;
  }
  try {
    return await run(command, rest);
  } catch (error) {
    const name = command === 'receive' && (rest[0] === 'export' || rest[0] === 'backup') ? `receive ${rest[0]}` : command;
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      // node's message, first sentence: "Unknown option '--x'", "Option '--out <value>' argument missing".
      console.error(`placekit ${name}: ${error.message.split(/\.(\s|$)/)[0]} (placekit ${name} --help lists what it takes).`);
      return 2;
    }
    const problem = fileProblem(error as NodeJS.ErrnoException, outputsOf(rest));
    console.error(`placekit ${name}: ${problem ?? (error instanceof Error ? error.message : String(error)).split('\n')[0]}`);
    if (process.env.PLACEKIT_DEBUG) console.error(error);
    return 2;
  }
}

async function run(command: string, rest: string[]): Promise<number> {
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
        confirmations: { type: 'string' },
        'listing-reports': { type: 'string' },
      },
    });
    const maxPages = values['max-pages'] === undefined ? DEFAULT_MAX_PAGES : Number(values['max-pages']);
    if (!Number.isInteger(maxPages) || maxPages < 1) {
      console.error(`placekit convert: --max-pages takes a whole number of pages, 1 or more (is "${values['max-pages']}").`);
      return 2;
    }
    const { 'all-pages': allPages, 'max-pages': _maxPages, 'listing-reports': listingReports, ...other } = values;
    return await convertCommand(positionals, { ...other, allPages, maxPages, listingReports });
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
  console.error(`placekit: unknown command "${command}". Run placekit --help for usage.`);
  return 2;
}

// Piped into \`head\` and the like: stop quietly when the reader goes away.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await main(process.argv.slice(2));
