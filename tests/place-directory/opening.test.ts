import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { parseFeedText } from '../../src/feed/validator/parse.js';
import type { PlaceFeed, Schedule } from '../../src/feed/domain/types.js';
import { isOpenAt } from '../../src/feed/domain/schedule.js';
import { OpeningClock } from '../../src/place-directory/opening.js';
import { LocalDirectorySource, type SearchResponse } from '../../src/place-directory/source.js';
import { SAMPLE_FEED_URL } from '../support/fixtures.js';
import { expectAccessible } from '../support/axe.js';
import { $, $$, directory, resultNames } from './helpers.js';

const RealDate = Date;

/** Forces the browser's clock to `iso` (new Date() and Date.now()), until restored. */
function freezeClock(iso: string): () => void {
  const fixed = new RealDate(iso).getTime();
  class FrozenDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(fixed);
      else super(...(args as [string]));
    }
    static override now() {
      return fixed;
    }
  }
  globalThis.Date = FrozenDate as DateConstructor;
  return () => (globalThis.Date = RealDate);
}

let feed: PlaceFeed;
before(async () => {
  feed = parseFeedText(await (await fetch(SAMPLE_FEED_URL)).text()).feed as PlaceFeed;
});
after(() => executeServerCommand('emulate-timezone', { zone: null }));

const openNames = (iso: string) => {
  const at = new RealDate(iso);
  return (new LocalDirectorySource(feed, at).search({ query: '', filters: { open: true }, page: 1, pageSize: 500, at }) as SearchResponse).hits.map(
    (h) => h.entry.name,
  );
};

// The viewer's zone must not matter: every case runs in London, New York and Tokyo.
for (const zone of ['Europe/London', 'America/New_York', 'Asia/Tokyo']) {
  describe(`open now, in UK time, seen from ${zone}`, () => {
    before(() => executeServerCommand('emulate-timezone', { zone }));

    it('knows weekday hours in winter (GMT) and summer (BST)', () => {
      expect(openNames('2026-11-23T09:30:00Z')).to.include('Benefits and debt advice'); // Monday 09:30 GMT
      expect(openNames('2026-11-23T17:30:00Z')).not.to.include('Benefits and debt advice');
      expect(openNames('2027-07-05T08:30:00Z')).to.include('Benefits and debt advice'); // Monday 09:30 BST
      expect(openNames('2027-07-05T16:30:00Z')).not.to.include('Benefits and debt advice'); // 17:30 BST
      expect(openNames('2027-07-05T07:30:00Z')).not.to.include('Benefits and debt advice'); // 08:30 BST
    });

    it('follows several periods in a day', () => {
      expect(openNames('2026-11-23T12:45:00Z')).not.to.include('Housing options and homelessness advice');
      expect(openNames('2026-11-23T13:45:00Z')).to.include('Housing options and homelessness advice');
    });

    it('keeps a night open past midnight, and round the clock all day', () => {
      // Saturday 00:30 BST: still Friday night's session.
      expect(openNames('2027-07-02T23:30:00Z')).to.include('Lantern Night Café');
      // Sunday 01:30 GMT: Saturday night's session; Sunday night has none.
      expect(openNames('2026-11-29T01:30:00Z')).to.include('Lantern Night Café');
      expect(openNames('2026-11-30T01:30:00Z')).not.to.include('Lantern Night Café');
      expect(openNames('2026-11-24T03:00:00Z')).to.include('Listening Line: 24-hour listening and crisis support');
    });

    it("is open when any of a service's sites is", () => {
      // The food bank's Springburn site opens on Mondays, its Easterhouse site on Tuesdays and Fridays (Springburn also on Wednesdays).
      expect(openNames('2026-11-23T12:30:00Z')).to.include('North East Food Share food bank');
      expect(openNames('2026-11-24T11:30:00Z')).to.include('North East Food Share food bank');
      expect(openNames('2026-11-26T12:30:00Z')).not.to.include('North East Food Share food bank'); // Thursday: neither
    });

    it('reads monthly and seasonal rules', () => {
      expect(openNames('2026-12-01T14:30:00Z')).to.include('Memory Café'); // first Tuesday
      expect(openNames('2026-12-08T14:30:00Z')).not.to.include('Memory Café');
      expect(openNames('2026-11-25T10:30:00Z')).not.to.include('Summer holiday club');
    });
  });
}

describe('open now: the quick week agrees with src/feed/domain/schedule.ts', () => {
  it('gives the same answer for every sample service at every half hour of a week', () => {
    const services = feed.services ?? [];
    for (let step = 0; step < 7 * 48; step++) {
      const at = new RealDate(RealDate.UTC(2027, 2, 22, 0, 30 * step)); // a week spanning the change to BST
      const clock = new OpeningClock(at);
      for (const service of services) {
        const schedules: Schedule[] = [...(service.schedules ?? [])];
        expect(clock.isOpen(schedules), `${service.name} at ${at.toISOString()}`).to.equal(isOpenAt(schedules, at));
      }
    }
  });

  it('agrees for times with a zone too, whose UK time changes with the clocks (issue 14)', () => {
    const zoned: Schedule[] = [{ freq: 'WEEKLY', byday: 'MO,TU,WE,TH,FR,SA,SU', opens_at: '10:00Z', closes_at: '12:00Z' }];
    for (let step = 0; step < 7 * 48; step++) {
      const at = new RealDate(RealDate.UTC(2027, 2, 22, 0, 30 * step));
      expect(new OpeningClock(at).isOpen(zoned), at.toISOString()).to.equal(isOpenAt(zoned, at));
    }
    expect(new OpeningClock(new RealDate('2027-03-29T11:30:00Z')).isOpen(zoned)).to.equal(true); // 12:30 BST, open until 13:00
    expect(new OpeningClock(new RealDate('2027-03-26T11:30:00Z')).isOpen(zoned)).to.equal(true); // 11:30 GMT
    expect(new OpeningClock(new RealDate('2027-03-29T09:30:00Z')).isOpen(zoned)).to.equal(false); // 10:30 BST, opens 11:00
  });
});

describe('<place-directory>: open now with the clock forced', () => {
  it('counts and lists what is open, and says until when', async () => {
    await executeServerCommand('emulate-timezone', { zone: 'America/Los_Angeles' });
    const restore = freezeClock('2027-07-02T23:30:00Z'); // Saturday 00:30 in the UK
    try {
      const el = await directory();
      const label = $(el, 'label[for="f-open"]').textContent!;
      $<HTMLInputElement>(el, '#f-open').click();
      await el.updateComplete;
      const names = resultNames(el);
      expect(label).to.equal(`Open now (${names.length})`);
      expect(names).to.include('Lantern Night Café');
      const cafe = $$(el, '.result').find((r) => r.textContent!.includes('Lantern Night Café'))!;
      expect(cafe.textContent).to.contain('Open now, until 2am');
      expect(names).not.to.include('Benefits and debt advice');
      await expectAccessible(el);
    } finally {
      restore();
    }
  });
});
