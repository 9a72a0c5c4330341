import { expect } from '@open-wc/testing';
import { areaIdsOf, areasForPostcode, distanceMiles, nearestAreas, nearestDistance, parsePostcode } from '../../../src/feed/domain/areas.js';
import type { Area, Service } from '../../../src/feed/domain/types.js';

const areas: Area[] = [
  { id: 'parkhead', name: 'Parkhead', postcode_districts: ['G31'], postcode_sectors: ['G31 4', 'G31 5'], centre: { latitude: 55.8516, longitude: -4.1957 } },
  { id: 'dennistoun', name: 'Dennistoun', postcode_sectors: ['G31 2', 'G31 3'], centre: { latitude: 55.8614, longitude: -4.2098 } },
  { id: 'springburn', name: 'Springburn', postcode_districts: ['G21'], centre: { latitude: 55.8828, longitude: -4.2305 } },
];

describe('postcodes', () => {
  it('reads postcodes as people type them', () => {
    for (const typed of ['G31 4XY', 'g314xy', ' g31 4xy ', 'G31  4XY', 'g31-4xy', 'G314XY.']) {
      expect(parsePostcode(typed), typed).to.deep.equal({ normalised: 'G31 4XY', district: 'G31', sector: 'G31 4', full: true });
    }
    expect(parsePostcode('EH1 1YZ')?.normalised).to.equal('EH1 1YZ');
    expect(parsePostcode('sw1a1aa')?.normalised).to.equal('SW1A 1AA');
  });

  it('refuses what is not a postcode, and accepts a district alone only when asked', () => {
    for (const typed of ['', 'hello', '12345', 'G31 XY4', 'GGG1 4XY', 'G31', 'G31 4']) expect(parsePostcode(typed), typed).to.equal(undefined);
    expect(parsePostcode('g31', true)).to.deep.equal({ normalised: 'G31', district: 'G31', full: false });
  });

  it('matches the sector before the district', () => {
    expect(areasForPostcode(areas, parsePostcode('G31 2AB')!).map((a) => a.id)).to.deep.equal(['dennistoun']);
    expect(areasForPostcode(areas, parsePostcode('G31 4AB')!).map((a) => a.id)).to.deep.equal(['parkhead']);
    expect(areasForPostcode(areas, parsePostcode('G31 9AB')!).map((a) => a.id)).to.deep.equal(['parkhead', 'dennistoun']);
    expect(areasForPostcode(areas, parsePostcode('G21 1AB')!).map((a) => a.id)).to.deep.equal(['springburn']);
    expect(areasForPostcode(areas, parsePostcode('EH1 1YZ')!)).to.deep.equal([]);
  });
});

describe('distances', () => {
  it('measures miles between points', () => {
    // Glasgow Central to Edinburgh Waverley is about 41.5 miles as the crow flies.
    const miles = distanceMiles({ latitude: 55.8591, longitude: -4.258 }, { latitude: 55.952, longitude: -3.1893 });
    expect(miles).to.be.closeTo(42.2, 0.6);
    expect(distanceMiles(areas[0].centre!, areas[0].centre!)).to.equal(0);
  });

  it('orders areas by their centres and places a service by its nearest location', () => {
    expect(nearestAreas(areas, { latitude: 55.88, longitude: -4.23 })[0].id).to.equal('springburn');
    const service: Service = {
      id: 's',
      name: 'Two sites',
      service_at_locations: [
        { location: { latitude: 55.8828, longitude: -4.2305 } },
        { location: { latitude: 55.8516, longitude: -4.1957 } },
        { location: { name: 'Online only' } },
      ],
    };
    expect(nearestDistance(service, areas[0].centre!)).to.equal(0);
    expect(nearestDistance({ id: 'x', name: 'Nowhere' }, areas[0].centre!)).to.equal(undefined);
  });
});

describe('areaIdsOf', () => {
  it("places a service by its locations' postcodes and by named service areas", () => {
    const service: Service = {
      id: 's',
      name: 'Advice',
      service_at_locations: [{ location: { addresses: [{ postal_code: 'g31 4aa' }] } }],
      service_areas: [{ name: 'Springburn' }],
    };
    expect(areaIdsOf(service, areas).sort()).to.deep.equal(['parkhead', 'springburn']);
  });

  it("uses an opportunity's own area ids", () => {
    expect(areaIdsOf({ id: 'o', kind: 'meeting', name: 'Meeting', area_ids: ['dennistoun'] }, areas)).to.deep.equal(['dennistoun']);
  });
});
