import { expect } from '@open-wc/testing';
import { parseFeedText } from '../../src/feed/validator/parse.js';
import type { PlaceFeed } from '../../src/feed/domain/types.js';
import { LocalDirectorySource, type SearchResponse } from '../../src/place-directory/source.js';
import { SearchIndex, editDistance, fold, words } from '../../src/place-directory/search-index.js';
import { SAMPLE_FEED_URL } from '../support/fixtures.js';
import { RELEVANCE } from './relevance.js';

let sample: LocalDirectorySource;
const at = new Date('2026-11-23T12:00:00Z');

before(async () => {
  const text = await (await fetch(SAMPLE_FEED_URL)).text();
  sample = new LocalDirectorySource(parseFeedText(text).feed as PlaceFeed, at);
  // The text index loads when first needed; once ready, searches answer at once.
  await sample.ready();
});

const top = (query: string, n = 3) => (sample.search({ query, filters: {}, page: 1, pageSize: n, at }) as SearchResponse).hits.map((h) => h.entry.name);

describe('directory search: words', () => {
  it('folds case, accents and apostrophes', () => {
    expect(fold('Gàidhlig CÈILIDH Men’s')).to.equal('gaidhlig ceilidh mens');
    expect(words('Còisir Ghàidhlig an Ear (Gaelic choir)')).to.deep.equal(['coisir', 'ghaidhlig', 'an', 'ear', 'gaelic', 'choir']);
  });

  it('takes letters and numbers in any script as words, and nothing else: no emoji or symbols', () => {
    expect(words('🍞 food ☕, £5 café!')).to.deep.equal(['food', '5', 'cafe']);
    expect(words('Cymraeg · Polski · العربية · 中文')).to.deep.equal(['cymraeg', 'polski', 'العربية', '中文']);
    expect(words('👩‍👩‍👧 ⭐️ → ✓')).to.deep.equal([]);
  });

  it('measures typos as edits, swaps included, and stops early past the limit', () => {
    expect(editDistance('fod', 'food', 1)).to.equal(1);
    expect(editDistance('benfeits', 'benefits', 2)).to.equal(1);
    expect(editDistance('cat', 'dog', 1)).to.equal(2);
    expect(editDistance('a', 'abcdef', 2)).to.equal(3);
  });
});

describe('directory search: matching', () => {
  it('matches prefixes, typos, accents and words in any order, and needs every word', () => {
    const index = new SearchIndex();
    ['Walking football', 'Food bank', 'Gàidhlig classes', 'Football for girls'].forEach((text, doc) => index.add(doc, 1, text));
    index.seal();
    const docs = (query: string) => index.search(query)!.docs.sort();
    expect(docs('footb')).to.deep.equal([0, 3]);
    expect(docs('football walking')).to.deep.equal([0]);
    expect(docs('fod bank')).to.deep.equal([1]);
    expect(docs('gaidhlig')).to.deep.equal([2]);
    expect(docs('GÀIDHLIG')).to.deep.equal([2]);
    expect(docs('football swimming')).to.deep.equal([]);
    expect(index.search('  ,. ')).to.equal(undefined);
  });

  it('weighs the name above the category, and the category above the description', () => {
    const index = new SearchIndex();
    index.add(0, 8, 'We also give out food parcels.');
    index.add(1, 2, 'Food and essentials');
    index.add(2, 1, 'Food larder');
    index.seal();
    const { docs, scores } = index.search('food')!;
    expect(docs.sort((a, b) => scores[b] - scores[a])).to.deep.equal([2, 1, 0]);
  });
});

describe('directory search: relevance on the sample feed', () => {
  for (const { query, expected } of RELEVANCE) {
    it(`"${query}" puts "${expected}" in the top 3`, () => {
      expect(top(query)).to.include(expected);
    });
  }

  it('puts the best answer first for typical queries', () => {
    expect(top('fod bank')[0]).to.equal('North East Food Share food bank');
    expect(top('football walking')[0]).to.equal('Walking football');
    expect(top('memory cafe')[0]).to.equal('Memory Café');
    expect(top('sign language')[0]).to.equal('British Sign Language for beginners');
    expect(top('Gaidhlig', 2)).to.have.members(['Gàidhlig air an Oidhche: Gaelic evening classes for adults', 'Còisir Ghàidhlig an Ear (Gaelic choir)']);
  });
});

describe('directory search: what the list shows', () => {
  const all = (query: string) => (sample.search({ query, filters: {}, page: 1, pageSize: 500, at }) as SearchResponse).hits.map((h) => h.entry);
  const opportunities = (kind: string) =>
    sample.entries.filter((e) => e.kind === 'opportunity' && (e.record as { kind?: string }).kind === kind).map((e) => e.name);

  it('finds opportunities by the kind the list labels them with', () => {
    expect(all('consultation').map((e) => e.name)).to.include.members(opportunities('consultation'));
    expect(opportunities('consultation')).to.have.length(3);
    expect(all('volunteering').map((e) => e.name)).to.include.members(opportunities('volunteering'));
    expect(all('community meeting').map((e) => e.name)).to.include.members(opportunities('meeting'));
  });

  it('finds every service in a neighbourhood by its name, those that say it first', () => {
    const inParkhead = sample.entries.filter((e) => e.areaIds.includes('parkhead')).map((e) => e.name);
    const found = all('parkhead').map((e) => e.name);
    expect(found).to.include.members(inParkhead);
    expect(found[0]).to.match(/^Parkhead/);
    // Its Gaelic name too.
    expect(all('ceann na pairce').map((e) => e.name)).to.include.members(inParkhead);
  });

  it('ignores emoji in a query rather than finding nothing', () => {
    expect(all('food').length).to.be.greaterThan(0);
    expect(all('🍞 food').length).to.equal(all('food').length);
    expect(all('🍞').length, 'nothing but an emoji: everything').to.equal(83);
  });
});

describe('directory search: a single letter', () => {
  it('finds names and categories starting with it, not every description', () => {
    const index = new SearchIndex();
    index.add(0, 1, 'Food bank');
    index.add(1, 8, 'Friendly people');
    index.add(2, 2, 'Families');
    index.seal();
    expect(index.search('f')!.docs.sort()).to.deep.equal([0, 2]);
    expect(index.search('fr')!.docs.sort()).to.deep.equal([1]);
  });
});
