/**
 * `placekit check-api` against the Open Referral UK stand-in (tests/support/oruk-api/node-server.js, a
 * plain node HTTP server): an API the directory can use, and each way one can fall short (CORS, paging,
 * search, full records, an answer that is not ORUK, a server that cannot be reached), with the exit
 * code and the snippet it prints.
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { startStandin } from '../support/oruk-api/node-server.js';
import { placekit, placekitAsync } from './run-placekit.js';

let api;
before(async () => {
  api = await startStandin({ count: 300 });
});
after(() => api.close());

/** Runs check-api on the stand-in with these settings (path segments). */
const check = (settings = '', ...flags) => placekitAsync(['check-api', `${api.url}${settings}`, ...flags]);
/** A check's line of the report (`Search`, `CORS`...) as its mark and its text: `✔ search=food: 12 of 300`. */
function lineOf(out, label) {
  for (const line of out.split('\n')) {
    const match = /^ {2}(\S) (.{17}) (.*)$/.exec(line);
    if (match && match[2].trim() === label) return `${match[1]} ${match[3]}`;
  }
  return '';
}

describe('placekit check-api: an API the directory can use', () => {
  it('says what works, and prints the snippet to paste (exit 0)', async () => {
    const run = await check('', '--origin', 'https://www.council.example');
    assert.equal(run.code, 0, run.out + run.err);
    assert.match(lineOf(run.out, 'Answer shape'), /✔ .*ORUK 3\.0 pages .*: 300 services, \d+ ms/);
    assert.match(lineOf(run.out, 'CORS'), /✔ .*pages on https:\/\/www\.council\.example may read it \(Access-Control-Allow-Origin: \*\)/);
    assert.match(lineOf(run.out, 'Paging'), /✔ .*per_page kept \(10 a page\); pages counted from 1; 300 services/);
    assert.match(lineOf(run.out, 'Search'), /✔ search=\S+: \d+ of 300/);
    assert.match(lineOf(run.out, 'Full records'), /✔ GET \/services\/\{id\}: \d+ ms/);
    for (const label of ['Category', 'Age', 'Day', 'Open now', 'Near a postcode'])
      assert.match(lineOf(run.out, label), /✔ .* of 300, and the 3 checked match/, label);
    assert.match(lineOf(run.out, 'Categories'), /✔ 13 taxonomy terms/);
    assert.match(lineOf(run.out, 'Response times'), /✔ median \d+ ms, slowest \d+ ms \(\d+ requests\)/);
    assert.match(run.out, new RegExp(`<place-directory api="${api.url}" api-filters="category age day open postcode"></place-directory>`));
  });

  it('reads ORUK 1.0, pages from 0 and pages of its own, and leaves out the filters it does not support', async () => {
    const run = await check('/shape=1.0/zero=1/fixedpage=1/ignore=day,minimum_age,maximum_age,postcode');
    assert.equal(run.code, 0, run.out);
    assert.match(lineOf(run.out, 'Answer shape'), /ORUK 1\.0 pages/);
    assert.match(lineOf(run.out, 'Paging'), /! .*per_page not kept: 50 a page.*pages counted from 0/);
    assert.match(lineOf(run.out, 'Search'), /✔ text=/);
    assert.match(lineOf(run.out, 'Category'), /✔ taxonomy_id=/);
    assert.match(lineOf(run.out, 'Age'), /! .*the same 300 results as without it/);
    assert.match(lineOf(run.out, 'Day'), /! day=Monday: the same 300 results/);
    assert.match(
      lineOf(run.out, 'Open now'),
      /! .*do not match as placekit reads it/,
      'without day, start_time alone finds services open at 11:00 on other days',
    );
    assert.match(run.out, /api-filters="category"><\/place-directory>/);
  });

  it('notes a Retry-After that pages cannot read', async () => {
    const run = await check('/expose=0');
    assert.equal(run.code, 0);
    assert.match(lineOf(run.out, 'Retry-After'), /! not exposed to pages.*Access-Control-Expose-Headers: Retry-After/);
  });
});

describe('placekit check-api: an API the directory cannot use (exit 1)', () => {
  it('CORS that does not let the site read it', async () => {
    const refused = await check('/cors=refuse', '--origin', 'https://www.council.example');
    assert.equal(refused.code, 1);
    assert.match(
      lineOf(refused.out, 'CORS'),
      /✘ no Access-Control-Allow-Origin: a web page cannot read it\. The API must send Access-Control-Allow-Origin: https:\/\/www\.council\.example/,
    );
    assert.match(refused.out, /The directory cannot use this API as it is/);
    const other = await check('/cors=www.council.example', '--origin', 'https://www.other.example');
    assert.equal(other.code, 1);
    assert.match(lineOf(other.out, 'CORS'), /✘ no Access-Control-Allow-Origin: .*must send Access-Control-Allow-Origin: https:\/\/www\.other\.example/);
    const own = await check('/cors=www.council.example', '--origin', 'https://www.council.example');
    assert.equal(own.code, 0, own.out);
  });

  it('search that changes nothing', async () => {
    const run = await check('/ignore=search');
    assert.equal(run.code, 1);
    assert.match(lineOf(run.out, 'Search'), /✘ search=\S+: 300 of 300: typing in the directory would not narrow the results/);
  });

  it('no full records', async () => {
    const run = await check('/details=0');
    assert.equal(run.code, 1);
    assert.match(lineOf(run.out, 'Full records'), /✘ GET \/services\/\S+: answered HTTP 404: opening a result needs it/);
  });

  it('an error or an answer that is not ORUK', async () => {
    const failing = await check('/status=500');
    assert.equal(failing.code, 1);
    assert.match(lineOf(failing.out, 'Answer'), /✘ GET \/services\?page=1&per_page=10 answered HTTP 500: is .* the base URL, the part before \/services\?/);
    const html = await check('/answer=html');
    assert.equal(html.code, 1);
    assert.match(html.out, /answered an HTML page, not JSON/);
    const other = await check('/answer=other');
    assert.equal(other.code, 1);
    assert.match(other.out, /answered/);
  });
});

describe('placekit check-api: cannot be reached, or wrongly given (exit 2)', () => {
  it('a server that does not answer', async () => {
    const closed = createServer();
    await new Promise((done) => closed.listen(0, '127.0.0.1', done));
    const { port } = closed.address();
    await new Promise((done) => closed.close(done));
    const run = await placekitAsync(['check-api', `http://127.0.0.1:${port}/api`]);
    assert.equal(run.code, 2);
    assert.match(run.out, new RegExp(`✘ cannot reach http://127\\.0\\.0\\.1:${port}/api/services`));
  });

  it('no URL, a URL that is not one, an origin that is not one', () => {
    assert.equal(placekit(['check-api']).code, 2);
    assert.match(placekit(['check-api', 'directory.council.example']).err, /Invalid URL/);
    assert.match(placekit(['check-api', 'https://x.example', '--origin', 'https://www.council.example/page']).err, /is not an origin/);
    assert.equal(placekit(['check-api', 'https://x.example', '--timeout', 'soon']).code, 2);
  });

  it('is in --help', () => {
    assert.match(placekit(['--help']).out, /placekit check-api <base URL>[\s\S]*--origin URL/);
  });
});
