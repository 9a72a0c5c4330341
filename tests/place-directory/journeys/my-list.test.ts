import { expect } from '@open-wc/testing';
import {
  MyList,
  clearAllLists,
  listInUrl,
  listMessage,
  plainForSms,
  shareUrl,
  smsHref,
  smsLimit,
  isGsm,
  SMS_GSM,
  mailtoHref,
} from '../../../src/place-directory/journeys/my-list.js';
import type { Entry } from '../../../src/place-directory/entries.js';
import type { Service } from '../../../src/feed/domain/types.js';

const service = (n: number, extra: Partial<Service> = {}): Entry =>
  ({
    id: `svc-${n}`,
    kind: 'service',
    name: extra.name ?? `Service number ${n}`,
    record: {
      id: `svc-${n}`,
      name: `Service number ${n}`,
      phones: [{ number: `0141 496 00${String(n).padStart(2, '0')}` }],
      service_at_locations: [{ location: { name: 'Parkhead Hub', addresses: [{ address_1: `${n} Main Street`, city: 'Glasgow', postal_code: 'G31 4XY' }] } }],
      ...extra,
    },
  }) as unknown as Entry;

describe('My list: kept in this tab only, shared by its ids', () => {
  afterEach(() => sessionStorage.clear());

  it('keeps ids in sessionStorage, in order, at most once, never in localStorage or cookies', () => {
    const list = new MyList('feed-a');
    expect(list.add('svc-1')).to.equal(true);
    expect(list.add('svc-2')).to.equal(true);
    expect(list.add('svc-1')).to.equal(false);
    expect(new MyList('feed-a').ids).to.deep.equal(['svc-1', 'svc-2']);
    expect(new MyList('feed-b').ids, 'another feed’s list is its own').to.deep.equal([]);
    list.remove('svc-1');
    expect(list.ids).to.deep.equal(['svc-2']);
    // Other test files share this origin's localStorage (the outbox): none of it is the list's.
    expect(Object.keys(localStorage).filter((key) => key.includes('my-list'))).to.deep.equal([]);
    expect(document.cookie).to.equal('');
    clearAllLists();
    expect(list.ids).to.deep.equal([]);
    expect(sessionStorage.length).to.equal(0);
  });

  it('puts only the ids in a shared link, and reads them back', () => {
    const page = new URL('https://council.example/services?section=help&pd-q=food&pd-id=svc-9#top');
    const link = shareUrl(page, ['svc-1', 'a b&c', 'svc-1']);
    const url = new URL(link);
    expect(url.searchParams.get('section')).to.equal('help');
    expect(url.searchParams.get('pd-q')).to.equal(null);
    expect(url.hash).to.equal('');
    expect(listInUrl(url)).to.deep.equal(['svc-1', 'a b&c']);
    expect(listInUrl(new URL('https://council.example/services'))).to.equal(undefined);
  });

  it('keeps a text message within three parts, leaving out addresses, then listings, and saying so', () => {
    const link = 'https://council.example/services?pd-list=svc-1&pd-list=svc-2&pd-list=svc-3';
    const short = listMessage([service(1), service(2)], link, smsLimit, plainForSms);
    expect(short.left).to.equal(0);
    expect(short.text).to.contain('1. Service number 1\n0141 496 0001\nParkhead Hub, 1 Main Street, Glasgow, G31 4XY');
    expect(short.text.endsWith(`See the list: ${link}`)).to.equal(true);
    const many = Array.from({ length: 15 }, (_, i) => service(i + 1, { name: `Parkhead and Dennistoun advice service ${i + 1}` } as Partial<Service>));
    const long = listMessage(many, link, smsLimit, plainForSms);
    expect(long.text.length).to.be.at.most(SMS_GSM);
    expect(long.shortened).to.equal(true);
    expect(long.left).to.be.greaterThan(0);
    expect(long.text).to.contain(`${long.left} more at ${link}`);
    expect(long.included + long.left).to.equal(15);
    // A character outside GSM's (a Welsh ŵ) makes each part 67 characters: the limit follows.
    const welsh = listMessage([service(1, { name: 'Canolfan Gŵyl' } as Partial<Service>), service(2)], link, smsLimit, plainForSms);
    expect(isGsm(welsh.text)).to.equal(false);
    expect(welsh.text.length).to.be.at.most(201);
    expect(plainForSms('St Mary’s – “open”…')).to.equal('St Mary\'s - "open"...');
    expect(smsHref('a & b\nc')).to.equal('sms:?&body=a%20%26%20b%0Ac');
    expect(mailtoHref('My list', 'a\nb')).to.equal('mailto:?subject=My%20list&body=a%0D%0Ab');
  });
});
