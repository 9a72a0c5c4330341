import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PlaceDirectoryElement } from '../../src/place-directory/place-directory.js';
import { geocodePostcode } from '../../src/place-directory/geocode.js';
import type { Area } from '../../src/feed/domain/types.js';
import { expectAccessible } from '../support/axe.js';
import { $, $$, choose, directory, focused, resultNames } from './helpers.js';

const AREAS: Area[] = [
  { id: 'parkhead', name: 'Parkhead', postcode_districts: ['G31'], postcode_sectors: ['G31 4', 'G31 5'], centre: { latitude: 55.8516, longitude: -4.1957 } },
  { id: 'springburn', name: 'Springburn', postcode_districts: ['G21'], centre: { latitude: 55.8828, longitude: -4.2305 } },
];

/** What the lookup changes: the "nearest to" line or the field's error. */
const outcome = (el: PlaceDirectoryElement) => `${$(el, '.near-status')?.textContent}|${$(el, '#postcode-error')?.textContent}`;

async function findPostcode(el: PlaceDirectoryElement, postcode: string) {
  const input = $<HTMLInputElement>(el, '#postcode');
  input.focus();
  input.select();
  if (postcode) await sendKeys({ type: postcode });
  else await sendKeys({ press: 'Backspace' });
  const before = outcome(el);
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => !$(el, '.busy').textContent && outcome(el) !== before, 'lookup finished');
  await el.updateComplete;
}

const miles = (el: PlaceDirectoryElement) =>
  // "Within a 10 minute walk (about 0.4 miles)", "About a 10 minute drive (3.2 miles)", "25 miles away" (issue 19).
  $$(el, '.result .facts li:first-child').map((li) => Number(/(?:^|\(|about )([\d.]+) miles?(?: away$|\)$)/.exec(li.textContent!.trim())?.[1] ?? NaN));

describe('postcode lookup (postcodes.io format)', () => {
  it('reads a postcode typed any way and asks the endpoint for it', async () => {
    for (const typed of ['G31 4TD', 'g314td', ' g31  4td. ']) {
      const found = await geocodePostcode(typed, '/__test/postcodes/', AREAS);
      expect(found).to.deep.equal({ ok: true, point: { latitude: 55.84717, longitude: -4.18801 }, postcode: 'G31 4TD' });
    }
  });

  it('tells invalid, unknown and empty postcodes apart', async () => {
    expect(await geocodePostcode('', '/__test/postcodes/', AREAS)).to.deep.equal({ ok: false, reason: 'empty' });
    expect(await geocodePostcode('hello', '/__test/postcodes/', AREAS)).to.deep.equal({ ok: false, reason: 'invalid' });
    expect(await geocodePostcode('G31 9ZZ', '/__test/postcodes/', AREAS)).to.deep.equal({ ok: false, reason: 'unknown', postcode: 'G31 9ZZ' });
  });

  it("falls back to the feed's areas when the service is down or unreachable", async () => {
    const down = await geocodePostcode('G21 1AA', '/__test/postcodes-down/', AREAS);
    expect(down).to.deep.include({ ok: true, postcode: 'G21 1AA', point: AREAS[1].centre });
    const dropped = await geocodePostcode('G31 4ZZ', '/__test/postcodes-drop/', AREAS);
    expect(dropped).to.deep.include({ ok: true, point: AREAS[0].centre });
    expect(await geocodePostcode('EH1 1YZ', '/__test/postcodes-down/', AREAS)).to.deep.equal({ ok: false, reason: 'unavailable', postcode: 'EH1 1YZ' });
    // A district alone needs no lookup.
    expect(await geocodePostcode('g21', '/__test/postcodes-down/', AREAS)).to.deep.include({ ok: true, postcode: 'G21' });
  });
});

describe('<place-directory>: near a postcode', () => {
  it('sorts results nearest first with the distance in miles', async () => {
    const el = await directory('postcode-endpoint="/__test/postcodes/"');
    await findPostcode(el, 'g34 9qn');
    expect($(el, '.near-status').textContent).to.contain('Nearest to G34 9QN first.');
    const distances = miles(el);
    expect(distances.every((d) => !Number.isNaN(d))).to.equal(true);
    expect(distances).to.deep.equal([...distances].sort((a, b) => a - b));
    expect(distances[0]).to.be.lessThan(0.5);
    await waitUntil(() => $(el, '[role="status"]').textContent!.includes('nearest first'));
    await expectAccessible(el);
    // Narrow to a distance; widen again from the no-results message.
    await choose(el, 'f-miles', '1');
    expect(miles(el).every((d) => d <= 1)).to.equal(true);
  });

  it('offers to widen the distance when nothing is near', async () => {
    const el = await directory('postcode-endpoint="/__test/postcodes/"');
    await findPostcode(el, 'EH11YZ');
    await choose(el, 'f-miles', '1');
    expect(resultNames(el)).to.deep.equal([]);
    await waitUntil(() => $(el, '.no-results'), 'the ways out');
    const widen = $$<HTMLButtonElement>(el, '.no-results button').find((b) => b.textContent!.includes('within 2 miles'))!;
    expect(widen).to.exist;
    widen.click();
    await el.updateComplete;
    expect($<HTMLSelectElement>(el, '#f-miles').value).to.equal('2');
  });

  it('gives a clear message for an invalid or unknown postcode, linked to the field, keeping focus there', async () => {
    const el = await directory('postcode-endpoint="/__test/postcodes/"');
    await findPostcode(el, 'hello');
    expect($(el, '#postcode-error').textContent).to.contain('Enter a full UK postcode, like G31 4XY');
    expect($(el, '#postcode').getAttribute('aria-describedby')).to.contain('postcode-error');
    expect($(el, '#postcode').getAttribute('aria-invalid')).to.equal('true');
    expect(focused(el)?.id).to.equal('postcode');
    await expectAccessible(el);
    await findPostcode(el, 'G31 9ZZ');
    expect($(el, '#postcode-error').textContent).to.contain('We could not find the postcode G31 9ZZ');
  });

  it("uses the feed's areas when the postcode service is down, and says so", async () => {
    const el = await directory('postcode-endpoint="/__test/postcodes-down/"');
    await findPostcode(el, 'G21 4AB');
    expect($(el, '.near-status').textContent).to.contain('distances are from the centre of Springburn');
    expect(miles(el)[0]).to.be.lessThan(1);
  });

  it("uses the browser's location when allowed, and explains when it is not", async () => {
    const original = navigator.geolocation.getCurrentPosition;
    const geolocation = navigator.geolocation as { getCurrentPosition: Geolocation['getCurrentPosition'] };
    try {
      geolocation.getCurrentPosition = (success) => success({ coords: { latitude: 55.8601, longitude: -4.1081 } } as GeolocationPosition);
      const el = await directory();
      $<HTMLButtonElement>(el, '.locate').click();
      await waitUntil(() => $(el, '.near-status'), 'sorted by distance');
      expect($(el, '.near-status').textContent).to.contain('Nearest to your location first.');
      expect(miles(el)[0]).to.be.lessThan(0.5);
      geolocation.getCurrentPosition = (_success, failure) => failure!({ code: 1, message: 'denied' } as GeolocationPositionError);
      $<HTMLButtonElement>(el, '.locate').click();
      await waitUntil(() => $(el, '#postcode-error'), 'the error');
      expect($(el, '#postcode-error').textContent).to.contain('We could not get your location');
    } finally {
      geolocation.getCurrentPosition = original;
    }
  });
});
