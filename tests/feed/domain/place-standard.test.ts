import { expect } from '@open-wc/testing';
import { answerIds, ownResults, quantile, resultsForPlan, resultsOf, summarise, themeQuestions } from '../../../src/feed/domain/place-standard.js';
import { formProblems } from '../../../src/feed/load/rules.js';
import type { FeedbackForm, PlaceStandard, PlaceStandardResult } from '../../../src/feed/domain/types.js';

const standard: PlaceStandard = {
  themes: [
    { id: 'moving_around', name: 'Moving around', question: 'Can I easily walk and cycle around?' },
    { id: 'feeling_safe', name: 'Feeling safe' },
    { id: 'natural_space', name: 'Natural space' },
  ],
};
const WORDS = { good: 'Good', better: 'Better', low: 'Low', high: 'High' };

describe('the Place Standard: questions', () => {
  it('asks each theme as a rating on the feed’s scale (1 to 7 by default) and two comments', () => {
    const questions = themeQuestions(standard, WORDS);
    expect(questions.map((q) => `${q.id}:${q.kind}`)).to.deep.equal([
      'moving_around:rating',
      'moving_around-good:long_text',
      'moving_around-better:long_text',
      'feeling_safe:rating',
      'feeling_safe-good:long_text',
      'feeling_safe-better:long_text',
      'natural_space:rating',
      'natural_space-good:long_text',
      'natural_space-better:long_text',
    ]);
    expect(questions[0]).to.include({ label: 'Can I easily walk and cycle around?' });
    expect(questions[0].scale).to.deep.equal({ min: 1, max: 7, min_label: 'Low', max_label: 'High' });
    expect(questions[3].label).to.equal('Feeling safe');
    expect(questions.some((q) => q.required)).to.equal(false);
    const own = themeQuestions({ ...standard, scale: { min: 0, max: 10, min_label: 'Bad' }, good_label: 'What works' }, WORDS);
    expect(own[0].scale).to.deep.equal({ min: 0, max: 10, min_label: 'Bad', max_label: 'High' });
    expect(own[1].label).to.equal('What works');
  });

  it('accepts the themes’ answers as the form’s, and refuses ids that clash', () => {
    const form = { id: 'ps', title: 'PS', privacy_notice: 'x', endpoint: 'https://x.example.org', questions: [], place_standard: standard } as FeedbackForm;
    expect(answerIds(form).slice(0, 3)).to.deep.equal(['moving_around', 'moving_around-good', 'moving_around-better']);
    expect(formProblems(form)).to.deep.equal([]);
    const clash = { ...form, questions: [{ id: 'feeling_safe-good', kind: 'short_text', label: 'x' }] } as FeedbackForm;
    expect(formProblems(clash).map((p) => [p.problem, p.input])).to.deep.equal([['id twice', 'feeling_safe-good']]);
    const twice = { ...form, place_standard: { themes: [standard.themes[0], standard.themes[0]] } } as FeedbackForm;
    expect(formProblems(twice).map((p) => [p.problem, p.path.join('.')])).to.deep.equal([['theme twice', 'place_standard.themes.1.id']]);
    const noThemes = { ...form, place_standard: { themes: [] } } as FeedbackForm;
    expect(formProblems(noThemes).map((p) => p.problem)).to.deep.equal(['no questions']);
    const badScale = { ...form, place_standard: { ...standard, scale: { min: 7, max: 1 } } } as FeedbackForm;
    expect(formProblems(badScale).map((p) => p.path.join('.'))).to.deep.equal(['place_standard.scale']);
  });
});

describe('the Place Standard: results', () => {
  it('finds quartiles as a spreadsheet’s QUARTILE.INC does', () => {
    expect(quantile([1, 2, 3, 4], 0.5)).to.equal(2.5);
    expect(quantile([1, 2, 3, 4], 0.25)).to.equal(1.75);
    expect(quantile([1, 2, 3, 4, 5, 6, 7], 0.75)).to.equal(5.5);
    expect(summarise([7, 1, 4])).to.deep.equal({ median: 4, lower_quartile: 2.5, upper_quartile: 5.5, responses: 3 });
    expect(summarise([])).to.equal(undefined);
  });

  it('adds up answers per theme, leaving out what is not a rating on the scale', () => {
    const answers = [
      { moving_around: 2, feeling_safe: 5 },
      { moving_around: 4, feeling_safe: 6, natural_space: 'seven' },
      { moving_around: 6, feeling_safe: 9 },
      { 'moving_around-good': 'the canal path' },
      Object.create({ moving_around: 7 }) as Record<string, unknown>,
    ];
    const { participants, themes } = resultsOf(standard, answers);
    expect(participants).to.equal(3);
    expect(themes).to.deep.equal([
      { id: 'moving_around', name: 'Moving around', median: 4, lower_quartile: 3, upper_quartile: 5 },
      { id: 'feeling_safe', name: 'Feeling safe', median: 5.5, lower_quartile: 5.25, upper_quartile: 5.75, responses: 2 },
    ]);
    expect(ownResults(standard, { moving_around: 3, natural_space: 7 })).to.deep.equal([
      { id: 'moving_around', name: 'Moving around', median: 3 },
      { id: 'natural_space', name: 'Natural space', median: 7 },
    ]);
  });

  it('shows beside a plan the results naming it, else the area’s latest', () => {
    const r = (id: string, extra: Partial<PlaceStandardResult>): PlaceStandardResult => ({ id, area_id: 'parkhead', participants: 10, themes: [], ...extra });
    const results = [r('old', { gathered_to: '2024-05' }), r('new', { gathered_to: '2026-05' }), r('named', { gathered_to: '2020', plan_ids: ['p1'] })];
    expect(resultsForPlan(results, { id: 'p1', area_id: 'parkhead' })?.id).to.equal('named');
    expect(resultsForPlan(results, { id: 'p2', area_id: 'parkhead' })?.id).to.equal('new');
    expect(resultsForPlan(results, { id: 'p3', area_id: 'springburn' })).to.equal(undefined);
  });
});
