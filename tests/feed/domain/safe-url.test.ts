import { expect } from '@open-wc/testing';
import { mailtoUrl, phoneParts, safeUrl, smsUrl, telUrl } from '../../../src/feed/domain/safe-url.js';
import { quickParse } from '../../../src/feed/load/read.js';
import { parseFeedData } from '../../../src/feed/validator/parse.js';
import { minimalFeed } from '../../support/fixtures.js';

describe('safeUrl', () => {
  it('keeps absolute http, https, mailto, tel and sms URLs', () => {
    expect(safeUrl('https://example.org/food')).to.equal('https://example.org/food');
    expect(safeUrl('http://example.org')).to.equal('http://example.org/');
    expect(safeUrl('mailto:help@example.org')).to.equal('mailto:help@example.org');
    expect(safeUrl('tel:01414960123')).to.equal('tel:01414960123');
    expect(safeUrl('sms:+447700900123')).to.equal('sms:+447700900123');
    expect(safeUrl('HTTPS://EXAMPLE.ORG/A')).to.equal('https://example.org/A');
  });

  it('drops javascript: however it is written', () => {
    for (const attack of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      '\u0000javascript:alert(1)',
      '\tjava\nscript:alert(1)',
      'java\tscript:alert(1)',
      'javascript\r:alert(1)',
      '\u001fjavascript:alert(1)',
      'javascript&colon;alert(1)',
      'javascript&#58;alert(1)',
      'javascript&#x3A;alert(1)',
      '&#106;avascript:alert(1)',
      '&#x6A;avascript:alert(1)',
      'jav&#x09;ascript:alert(1)',
      'jav&Tab;ascript:alert(1)',
      'javascript:/*https://example.org*/alert(1)',
    ]) {
      expect(safeUrl(attack), JSON.stringify(attack)).to.equal(undefined);
    }
  });

  it('drops data:, vbscript:, file:, blob: and unknown schemes', () => {
    for (const url of [
      'data:text/html,<script>alert(1)</script>',
      'DATA:image/svg+xml;base64,PHN2Zz4=',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'blob:https://example.org/x',
      'ftp://example.org',
      'intent://x',
      'chrome://settings',
    ]) {
      expect(safeUrl(url), url).to.equal(undefined);
    }
  });

  it('drops relative and malformed URLs, and anything that is not a string', () => {
    for (const value of [
      '/services/food',
      'services/food',
      '//example.org/x',
      '',
      '   ',
      'http://',
      'https://',
      'http:// example.org',
      null,
      undefined,
      42,
      {},
      ['https://example.org'],
    ]) {
      expect(safeUrl(value), JSON.stringify(value)).to.equal(undefined);
    }
  });

  it('drops web links with a user name or password (a phishing trick: the host is after the @)', () => {
    for (const url of [
      'https://user:pass@example.org/',
      'https://user@example.org/',
      'http://:secret@example.org',
      'https://www.council.gov.uk@evil.example/login',
      'HTTPS://USER:PASS@EXAMPLE.ORG',
    ]) {
      expect(safeUrl(url), url).to.equal(undefined);
    }
    // An @ in the path or query is not a user name, and a mailto: address has one by nature.
    expect(safeUrl('https://example.org/@team?by=a@example.org')).to.equal('https://example.org/@team?by=a@example.org');
    expect(safeUrl('mailto:help@example.org')).to.equal('mailto:help@example.org');
  });

  it('trims the spaces a browser would ignore around a good URL', () => {
    expect(safeUrl('  https://example.org/x \n')).to.equal('https://example.org/x');
  });

  it('builds tel:, sms: and mailto: links from what people write', () => {
    expect(telUrl('0141 496 0123')).to.equal('tel:01414960123');
    expect(telUrl('+44 (0)141 496-0123')).to.equal('tel:+441414960123');
    expect(telUrl('call us')).to.equal(undefined);
    expect(smsUrl('07700 900123')).to.equal('sms:07700900123');
    expect(mailtoUrl(' help@example.org ')).to.equal('mailto:help@example.org');
    expect(mailtoUrl('a@example.org?bcc=victim@example.org')).to.equal(undefined);
    expect(mailtoUrl('a@example.org,b@example.org')).to.equal(undefined);
    expect(mailtoUrl('not an email')).to.equal(undefined);
  });

  // Issue 22: a link field is a link to one address or one number, never a message written for the resident.
  it('keeps mailto: to one address (a subject at most), tel: to one dialable number, sms: to one number (a message at most)', () => {
    expect(safeUrl('mailto:help@example.org?subject=Lunch%20club')).to.equal('mailto:help@example.org?subject=Lunch%20club');
    for (const link of [
      'mailto:help@example.org?cc=spy@evil.example',
      'mailto:help@example.org?bcc=spy@evil.example',
      'mailto:help@example.org?body=Send%20your%20bank%20details',
      'mailto:help@example.org?subject=Hi&body=x',
      'mailto:help@example.org,spy@evil.example',
      'mailto:help@example.org%2Cspy@evil.example',
      'tel:*21*07700900123%23',
      'tel:%2321%23',
      'tel:0141 496 0000,,1234',
      'tel:0141;ext=1',
      'sms:07700900123?body=x&to=07700900999',
      'sms:07700900123,07700900999',
    ])
      expect(safeUrl(link), link).to.equal(undefined);
    expect(safeUrl('sms:07700900123?body=Hello')).to.equal('sms:07700900123?body=Hello');
    expect(telUrl('*21*0770 090 0123#')).to.equal(undefined);
  });

  it('splits a phone field into its numbers, each a link of its own, and leaves words and short digits as text', () => {
    const numbers = (text: string) =>
      phoneParts(text)
        .filter((p) => p.number)
        .map((p) => p.number);
    expect(numbers('0123 456 789 or 0789 012 345')).to.deep.equal(['0123 456 789', '0789 012 345']);
    expect(numbers('0141 496 0000 (option 2)')).to.deep.equal(['0141 496 0000']);
    expect(numbers('0141 496 0000 ext 1234')).to.deep.equal(['0141 496 0000']);
    expect(numbers('+44 (0)141 496 0000')).to.deep.equal(['+44 (0)141 496 0000']);
    expect(numbers('ask at reception')).to.deep.equal([]);
    expect(numbers('1'.repeat(1000))).to.deep.equal([]);
    expect(
      phoneParts('Call 0141 496 0000 (option 2)')
        .map((p) => p.text)
        .join(''),
    ).to.equal('Call 0141 496 0000 (option 2)');
    expect(telUrl('0123 456 or 0789 012')).to.equal(undefined);
  });

  it('takes a photo only from https on a public host, both in the validator and in the compiled check', () => {
    const feed = (url: string) => minimalFeed({ connectors: [{ id: 'c', name: 'Morag', role: 'community_connector', photo: { url } }] });
    const photo = (url: string) => {
      // The compiled check lets through only what the validator keeps as it is.
      expect(quickParse(feed(url)) === undefined, url).to.equal(url !== 'https://photos.example.org/m.jpg');
      return parseFeedData(feed(url)).feed.connectors[0].photo;
    };
    expect(photo('https://photos.example.org/m.jpg')).to.deep.equal({ url: 'https://photos.example.org/m.jpg' });
    for (const url of [
      'http://photos.example.org/m.jpg',
      'https://192.168.1.1/m.jpg',
      'https://localhost/m.jpg',
      'https://printer.local/m.jpg',
      'https://nas.home.arpa/m.jpg',
      'https://x.internal/m.jpg',
      'tel:01414960000',
      'mailto:a@example.org',
      'https://[::1]/m.jpg',
    ])
      expect(photo(url), url).to.equal(undefined);
  });
});
