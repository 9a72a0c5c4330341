import { expect } from '@open-wc/testing';
import { distanceText, travel } from '../../../src/place-directory/journeys/distance.js';
import { accessCounts, accessFeatures, featuresIn } from '../../../src/place-directory/journeys/access.js';
import type { Service } from '../../../src/feed/domain/types.js';
import { SAMPLE_FEED_URL } from '../../support/fixtures.js';

describe('Distances as people think of them', () => {
  it('says a walk, then a drive, then miles, minutes rounded up to fives', () => {
    expect(travel(0.05)).to.deep.equal({ mode: 'walk', minutes: 5 });
    expect(travel(0.75)).to.deep.equal({ mode: 'walk', minutes: 15 });
    expect(travel(1.5)).to.deep.equal({ mode: 'walk', minutes: 30 });
    expect(travel(1.6)).to.deep.equal({ mode: 'drive', minutes: 5 });
    expect(travel(3.2)).to.deep.equal({ mode: 'drive', minutes: 10 });
    expect(travel(25)).to.deep.equal({ mode: 'far' });
    expect(distanceText(0.75)).to.equal('Within a 15 minute walk (about 0.8 miles)');
    expect(distanceText(3.2)).to.equal('About a 10 minute drive (3.2 miles)');
    expect(distanceText(25)).to.equal('25 miles away');
    expect(distanceText(1)).to.equal('Within a 20 minute walk (about 1 mile)');
  });
});

describe('Accessibility features from the records’ own words', () => {
  it('reads what live directories write, and not what they say is missing', () => {
    expect([...featuresIn('Step-free entrance and accessible toilet. Hearing loop at reception. Quiet room available.')]).to.have.members([
      'step_free',
      'accessible_toilet',
      'hearing_loop',
      'quiet_space',
    ]);
    expect([...featuresIn('The building is equipped with induction loops for hearing aids. Wheelchair access is possible on all levels.')]).to.have.members([
      'hearing_loop',
      'step_free',
    ]);
    expect([...featuresIn('Ground-floor studio with level access; the upstairs gallery has no lift.')]).to.deep.equal(['step_free']);
    expect([...featuresIn('One small step at the door. No accessible toilet.')]).to.deep.equal([]);
    expect([...featuresIn('Not wheelchair accessible, but there is a hearing loop.')]).to.deep.equal(['hearing_loop']);
    expect([...featuresIn('Changing Places toilet on the ground floor. BSL interpreters on request. Lift-share scheme.')]).to.have.members([
      'changing_places',
      'accessible_toilet',
      'sign_language',
    ]);
  });

  it('counts the sample feed’s services by feature, each count narrowed by those already chosen', async () => {
    const feed = (await (await fetch(SAMPLE_FEED_URL)).json()) as { services: Service[] };
    const counts = accessCounts(feed.services);
    expect(counts.get('step_free')).to.be.greaterThan(20);
    expect(counts.get('hearing_loop')).to.be.greaterThan(3);
    const withLoop = accessCounts(feed.services, ['hearing_loop']);
    expect(withLoop.get('hearing_loop')).to.equal(counts.get('hearing_loop'));
    for (const [feature, n] of withLoop) expect(n, feature).to.be.at.most(counts.get(feature)!);
    const hostile = {
      id: 'x',
      name: 'x',
      service_at_locations: [{ location: { accessibility: [{ description: '<img src=x onerror=alert(1)> Lift' }] } }],
    } as Service;
    expect([...accessFeatures(hostile)]).to.deep.equal(['lift']);
  });
});
