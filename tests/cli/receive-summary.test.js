/**
 * `placekit receive export --summary` and `--place-standard`, and `--from`/`--to`: the built CLI against a
 * real receiver's database, with submissions posted as the widget sends them (the sample feed's forms,
 * the Place Standard form among them), then dated by hand so the date range has something to cut.
 */
import { describe, it, before } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FEED, parseCsv, placekit, post, receiver, submission, work } from '../support/receive-client.js';

const feed = JSON.parse(readFileSync(FEED, 'utf8'));
const themes = feed.feedback_forms.find((f) => f.id === 'place-standard').place_standard.themes.map((t) => t.id);

/** One resident's Place Standard answers: `ratings` in theme order (null: skipped). */
function ratings(values, extra = {}) {
  const answers = {};
  themes.forEach((id, i) => {
    if (values[i] !== null && values[i] !== undefined) answers[id] = values[i];
  });
  return { ...answers, [`${themes[0]}-good`]: 'SECRET-COMMENT-1', ...extra };
}

let db;
before(async () => {
  const r = await receiver();
  db = r.db;
  const sends = [
    // Page feedback: two in Parkhead, one in Springburn, one with no area.
    submission({ answers: { useful: true, improve: 'SECRET-IMPROVE', postcode: 'G31 4' } }),
    submission({ answers: { useful: false, improve: null, postcode: null } }),
    submission({ answers: { useful: true, improve: null, postcode: null }, context: { area: 'springburn', page_url: 'https://council.example/x' } }),
    submission({ answers: { useful: false, improve: null, postcode: null }, context: { page_url: 'https://council.example/y' } }),
    // The plan form: choices counted with their labels.
    submission({
      form_id: 'plan-feedback',
      answers: { 'reflects-area': 4, neighbourhood: 'parkhead', priorities: ['best-start', 'safer-streets'], comments: null, email: null, consent: true },
    }),
    submission({
      form_id: 'plan-feedback',
      answers: { 'reflects-area': 2, neighbourhood: 'parkhead', priorities: ['safer-streets'], comments: 'SECRET-PLAN', email: null, consent: true },
    }),
    // Place Standard: five in Parkhead (one skips a theme), two in Springburn.
    ...[
      [1, 2, 3, 4, 5, 6, 7, 1, 2, 3, 4, 5, 6, 7],
      [2, 2, 3, 4, 5, 6, 7, 1, 2, 3, 4, 5, 6, 7],
      [3, 2, 3, 4, 5, 6, 7, 1, 2, 3, 4, 5, 6, 7],
      [4, 2, 3, 4, 5, 6, 7, 1, 2, 3, 4, 5, 6, null],
      [5, 2, 3, 4, 5, 6, 7, 1, 2, 3, 4, 5, 6, 7],
    ].map((values) =>
      submission({
        form_id: 'place-standard',
        answers: ratings(values, { 'years-here': 'over-10' }),
        context: { area: 'parkhead', page_url: 'https://council.example/ps' },
      }),
    ),
    ...[1, 2].map(() =>
      submission({
        form_id: 'place-standard',
        answers: ratings([7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7]),
        context: { area: 'springburn', page_url: 'https://council.example/ps' },
      }),
    ),
  ];
  for (const body of sends) assert.equal((await post(r.url, body)).status, 201);
  await r.stop();
  // Dated by hand: the page feedback in March, the rest in April (UK dates; 23:30Z on 31 March is 1 April in the UK).
  const write = new Database(db);
  write.prepare("UPDATE submissions SET received_at = '2026-03-10T10:00:00.000Z' WHERE form_id = 'page-feedback'").run();
  write.prepare("UPDATE submissions SET received_at = '2026-03-31T23:30:00.000Z' WHERE form_id != 'page-feedback'").run();
  write.close();
});

describe('placekit receive export --summary', () => {
  it('counts submissions per form and area, and each answer of each choice question, with labels from the feed, never an answer typed', () => {
    const result = placekit('receive', 'export', '--db', db, '--summary', '--feed', FEED);
    assert.equal(result.code, 0, result.err);
    assert.match(result.err, /--summary: 13 submissions from 3 forms/);
    assert.doesNotMatch(result.out, /SECRET/);
    const [header, ...records] = parseCsv(result.out.replace(/^\uFEFF/, ''));
    assert.deepEqual(header, ['count_of', 'form_id', 'question_id', 'question', 'value', 'label', 'count']);
    const find = (...cells) => records.filter((r) => cells.every((c, i) => c === undefined || r[i] === c));
    assert.deepEqual(find('submissions', 'page-feedback')[0].slice(-1), ['4']);
    assert.deepEqual(
      find('area', 'page-feedback').map((r) => [r[4], r[5], r[6]]),
      [
        ['parkhead', 'Parkhead', '2'],
        ['(none given)', '', '1'],
        ['springburn', 'Springburn', '1'],
      ],
    );
    assert.deepEqual(
      find('answer', 'page-feedback', 'useful').map((r) => [r[4], r[5], r[6]]),
      [
        ['yes', 'Yes', '2'],
        ['no', 'No', '2'],
      ].sort((a, b) => (a[0] < b[0] ? 1 : -1)),
    );
    assert.deepEqual(
      find('answer', 'plan-feedback', 'priorities').map((r) => [r[4], r[5], r[6]]),
      [
        ['best-start', 'Children get the best start in life', '1'],
        ['safer-streets', 'Safer, cleaner streets', '2'],
      ],
    );
    assert.deepEqual(find('answer', 'plan-feedback', 'neighbourhood')[0].slice(3), [
      'Which neighbourhood do you live or work in?',
      'parkhead',
      'Parkhead (Ceann na Pàirce)',
      '2',
    ]);
    assert.deepEqual(
      find('answer', 'plan-feedback', 'reflects-area').map((r) => r[4]),
      ['2', '4'],
      'ratings in scale order',
    );
    assert.equal(find('answer', 'plan-feedback', 'comments').length, 0, 'text is not counted');
    assert.equal(find('answer', 'plan-feedback', 'consent').length, 0, 'consent is not a choice');
    assert.deepEqual(
      find('answer', 'place-standard', 'moving_around').map((r) => [r[4], r[6]]),
      [
        ['1', '1'],
        ['2', '1'],
        ['3', '1'],
        ['4', '1'],
        ['5', '1'],
        ['7', '2'],
      ],
    );
    assert.equal(find('answer', 'place-standard', 'moving_around-good').length, 0);
  });

  it('without a feed counts lists, yes/no and numbers as they are', () => {
    const result = placekit('receive', 'export', '--db', db, '--summary', '--form', 'plan-feedback');
    assert.equal(result.code, 0, result.err);
    const records = parseCsv(result.out.replace(/^\uFEFF/, ''));
    assert.deepEqual(
      records
        .filter((r) => r[0] === 'answer')
        .map((r) => `${r[2]}=${r[4]}:${r[6]}`)
        .sort(),
      ['consent=yes:2', 'priorities=best-start:1', 'priorities=safer-streets:2', 'reflects-area=2:1', 'reflects-area=4:1'],
    );
  });

  it('keeps to the UK dates asked for, and refuses dates that are not dates', () => {
    const march = placekit('receive', 'export', '--db', db, '--summary', '--to', '2026-03-31');
    assert.equal(march.code, 0, march.err);
    assert.match(march.err, /4 submissions received to 2026-03-31 from 1 form/);
    const april = placekit('receive', 'export', '--db', db, '--summary', '--from', '2026-04-01', '--to', '2026-04-30');
    assert.match(april.err, /9 submissions received from 2026-04-01 to 2026-04-30 from 2 forms/);
    const csv = placekit('receive', 'export', '--db', db, '--from', '2026-04-01', '--no-bom');
    assert.equal(parseCsv(csv.out).length, 1 + 9);
    for (const bad of [
      ['--from', '1 April'],
      ['--to', '2026-13-45'],
      ['--from', '2026-05-01', '--to', '2026-04-01'],
    ]) {
      const refused = placekit('receive', 'export', '--db', db, '--summary', ...bad);
      assert.equal(refused.code, 2, bad.join(' '));
      assert.match(refused.err, /--(from|to)/);
    }
    assert.equal(placekit('receive', 'export', '--db', db, '--summary', '--place-standard', '--feed', FEED).code, 2);
  });
});

describe('placekit receive export --place-standard', () => {
  it('writes each area’s median and spread per theme from the stored ratings, leaving out areas too small to publish', async () => {
    const out = join(work, 'results.json');
    const result = placekit('receive', 'export', '--db', db, '--place-standard', '--feed', FEED, '--out', out);
    assert.equal(result.code, 0, result.err);
    assert.match(result.err, /1 area result/);
    assert.match(result.err, /springburn \(place-standard\): 2 participants, fewer than --min-participants 5: left out/);
    const text = readFileSync(out, 'utf8');
    assert.doesNotMatch(text, /SECRET/);
    const { place_standard_results: results } = JSON.parse(text);
    assert.equal(results.length, 1);
    const [parkhead] = results;
    assert.equal(parkhead.area_id, 'parkhead');
    assert.equal(parkhead.form_id, 'place-standard');
    assert.equal(parkhead.participants, 5);
    assert.equal(parkhead.gathered_from, '2026-04-01');
    assert.equal(parkhead.gathered_to, '2026-04-01');
    assert.equal(parkhead.themes.length, 14);
    assert.deepEqual(parkhead.themes[0], { id: 'moving_around', name: 'Moving around', median: 3, lower_quartile: 2, upper_quartile: 4 });
    assert.deepEqual(parkhead.themes[1], { id: 'public_transport', name: 'Public transport', median: 2, lower_quartile: 2, upper_quartile: 2 });
    assert.deepEqual(parkhead.themes[13], {
      id: 'influence_control',
      name: 'Influence and sense of control',
      median: 7,
      lower_quartile: 7,
      upper_quartile: 7,
      responses: 4,
    });
    // The output is a valid feed section: the feed with it still validates.
    const merged = join(work, 'feed-with-results.json');
    const withResults = { ...feed, place_standard_results: results };
    await writeJson(merged, withResults);
    const validate = placekit('validate', merged);
    assert.equal(validate.code, 0, validate.out + validate.err);
    const all = placekit('receive', 'export', '--db', db, '--place-standard', '--feed', FEED, '--min-participants', '2');
    assert.deepEqual(
      JSON.parse(all.out).place_standard_results.map((r) => [r.area_id, r.participants, r.themes[0].median]),
      [
        ['parkhead', 5, 3],
        ['springburn', 2, 7],
      ],
    );
  });

  it('needs the feed that defines the themes, and a Place Standard form in it', () => {
    const none = placekit('receive', 'export', '--db', db, '--place-standard');
    assert.equal(none.code, 2);
    assert.match(none.err, /--place-standard needs --feed/);
    const wrong = placekit('receive', 'export', '--db', db, '--place-standard', '--feed', FEED, '--form', 'page-feedback');
    assert.equal(wrong.code, 1);
    assert.match(wrong.err, /no Place Standard form with the id page-feedback/);
  });
});

function writeJson(path, value) {
  return import('node:fs').then(({ writeFileSync }) => writeFileSync(path, JSON.stringify(value)));
}
