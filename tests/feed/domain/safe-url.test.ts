import { expect } from '@open-wc/testing';
import { mailtoUrl, safeUrl, smsUrl, telUrl } from '../../../src/feed/domain/safe-url.js';

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
});
