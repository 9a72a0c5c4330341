/** The vCard builder against RFC 6350's rules, and round-tripped through ical.js (a maintained parser). */
import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import type { Connector } from '../../src/feed/domain/types.js';
import { buildVCard, connectorVCard, escapeText, foldLine, telUri, vcardFileName } from '../../src/place-connector/vcard.js';
import { SAMPLE_FEED_URL, fixture } from '../support/fixtures.js';

const bytes = (text: string) => new TextEncoder().encode(text).length;

/** Unfolds content lines as a reader does (§3.2): CRLF followed by one space or tab is removed. */
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '');

type JCardProperty = [string, Record<string, unknown>, string, ...unknown[]];
function parsed(text: string): JCardProperty[] {
  const jcard = ICAL.parse(text) as unknown as [string, JCardProperty[], unknown[]];
  expect(jcard[0]).to.equal('vcard');
  return jcard[1];
}
const values = (props: JCardProperty[], name: string) => props.filter((p) => p[0] === name).map((p) => p[3]);

const PERSON: Connector = {
  id: 'p1',
  name: 'Dr Catrìona Ann Baird',
  role: 'community_connector',
  organization: { name: 'Parkhead Community Anchor Trust; Glasgow, East', website: 'https://example.org/anchor' },
  photo: { url: 'https://example.org/photos/c.jpg' },
  phones: [
    { number: '0141 496 0501', type: 'voice' },
    { number: '07700 900501', type: 'text' },
    { number: '+44 (0)7700 900999', type: 'cell' },
  ],
  email: 'catriona@example.org',
  booking_url: 'javascript:alert(1)',
  links: [{ label: 'Forum', url: 'https://example.org/forum?a=1,b=2' }],
  languages: [
    { name: 'English', code: 'en' },
    { name: 'Scottish Gaelic', code: 'gd' },
  ],
  drop_in: {
    location: { addresses: [{ address_1: '112 Westmuir Street', address_2: 'Flat 2; rear', city: 'Glasgow', postal_code: 'G31 5BN', country: 'GB' }] },
  },
};

describe('vCard 4.0 (RFC 6350)', () => {
  it('escapes backslashes, commas and newlines in text, and semicolons in compound fields (§3.4)', () => {
    expect(escapeText('a\\b, c; d\ne\r\nf')).to.equal('a\\\\b\\, c; d\\ne\\nf');
    expect(escapeText('a;b,c', true)).to.equal('a\\;b\\,c');
  });

  it('leaves out the control characters RFC 6350 excludes from text (NUL, ESC, VT, FF, C1 such as NEL), keeping tabs', () => {
    expect(escapeText('a\u0000b\u001b[2Jc\u000bd\u000ce\u0085f\u009bg\u007fh\ti')).to.equal('ab[2Jcdefgh\ti');
    const text = connectorVCard(
      { ...PERSON, name: 'Mo\u0000rag\u001b', description: 'Drop-in\u0085Tuesdays' },
      { title: 'Connector\u000c', note: ['Call\u000b first'] },
    );
    expect(text).not.to.match(/[\0-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/);
    expect(values(parsed(text), 'fn')).to.deep.equal(['Morag']);
  });

  it('gives each number of a phone field with two its own TEL, and words beside a number add no digits', () => {
    const text = connectorVCard(
      { ...PERSON, phones: [{ number: '0141 496 0000 or 0141 496 0001', type: 'voice' }, { number: '0141 496 0002 (option 2)' }] },
      { title: 'Community Connector', note: [] },
    );
    expect(values(parsed(text), 'tel')).to.deep.equal(['tel:+441414960000', 'tel:+441414960001', 'tel:+441414960002']);
  });

  it('ends every line with CRLF and has no bare CR or LF', () => {
    const text = connectorVCard(PERSON, { title: 'Community Connector', note: ['One\nTwo'] });
    expect(text.endsWith('\r\n')).to.be.true;
    expect(text.replace(/\r\n/g, '')).not.to.match(/[\r\n]/);
    expect(text.startsWith('BEGIN:VCARD\r\nVERSION:4.0\r\n')).to.be.true;
    expect(text.endsWith('END:VCARD\r\n')).to.be.true;
  });

  it('folds lines at 75 octets without splitting a UTF-8 character (§3.2)', () => {
    for (const sample of ['x'.repeat(200), 'é'.repeat(120), `a${'ì'.repeat(80)}`, '€'.repeat(70), '😀'.repeat(50), `NOTE:${'Catrìona '.repeat(30)}`]) {
      const folded = foldLine(sample);
      const lines = folded.split('\r\n');
      for (const [i, line] of lines.entries()) {
        expect(bytes(line), `line ${i} of ${sample.slice(0, 10)}`).to.be.at.most(75);
        if (i > 0) expect(line.startsWith(' ')).to.be.true;
        // Each physical line is whole UTF-8: encoding and decoding it changes nothing.
        expect(new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(line))).to.equal(line);
      }
      expect(unfold(folded)).to.equal(sample);
      // A line that fits is not folded; a long one is filled to the limit before folding.
      if (bytes(sample) > 75) expect(bytes(lines[0])).to.be.above(71);
    }
    expect(foldLine('x'.repeat(75))).to.equal('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).to.equal(`${'x'.repeat(75)}\r\n x`);
  });

  it('writes tel: URIs, international for UK numbers written nationally', () => {
    expect(telUri('0141 496 0501')).to.equal('tel:+441414960501');
    expect(telUri('+44 (0)7700 900999')).to.equal('tel:+447700900999');
    expect(telUri('0044 141 496 0501')).to.equal('tel:+441414960501');
    expect(telUri('999')).to.equal('tel:999');
    expect(telUri('call us')).to.be.undefined;
  });

  it('round-trips through ical.js with every property the feed gives', () => {
    const note = ['Can help with: groups, funding; venues', 'Monday to Thursday: 9:30am to 4:30pm'];
    const props = parsed(connectorVCard(PERSON, { title: 'Community Connector, Parkhead', note }));
    expect(values(props, 'version')).to.deep.equal(['4.0']);
    expect(values(props, 'fn')).to.deep.equal(['Dr Catrìona Ann Baird']);
    expect(values(props, 'n')).to.deep.equal([['Baird', 'Catrìona', 'Ann', 'Dr', '']]);
    expect(values(props, 'org')).to.deep.equal(['Parkhead Community Anchor Trust; Glasgow, East']);
    expect(values(props, 'title')).to.deep.equal(['Community Connector, Parkhead']);
    const tels = props.filter((p) => p[0] === 'tel');
    expect(tels.map((p) => p[3])).to.deep.equal(['tel:+441414960501', 'tel:+447700900501', 'tel:+447700900999']);
    expect(tels.map((p) => p[1].type)).to.deep.equal([
      ['work', 'voice'],
      ['work', 'text'],
      ['work', 'cell'],
    ]);
    expect(tels.every((p) => p[2] === 'uri')).to.be.true;
    expect(values(props, 'email')).to.deep.equal(['catriona@example.org']);
    expect(values(props, 'adr')).to.deep.equal([['', '', '112 Westmuir Street, Flat 2; rear', 'Glasgow', '', 'G31 5BN', 'GB']]);
    // The javascript: booking link is dropped; the organisation's site and the link are kept.
    expect(values(props, 'url')).to.deep.equal(['https://example.org/anchor', 'https://example.org/forum?a=1,b=2']);
    expect(values(props, 'photo')).to.deep.equal(['https://example.org/photos/c.jpg']);
    expect(values(props, 'lang')).to.deep.equal(['en', 'gd']);
    expect(values(props, 'note')).to.deep.equal([note.join('\n')]);
    expect(JSON.stringify(props)).not.to.contain('javascript');
  });

  it('gives only what the feed has: a name alone is a valid card', () => {
    const text = connectorVCard({ id: 'x', name: 'Morag', role: 'community_connector' }, { title: '', note: [] });
    expect(text).to.equal('BEGIN:VCARD\r\nVERSION:4.0\r\nKIND:individual\r\nFN:Morag\r\nN:;Morag;;;\r\nEND:VCARD\r\n');
    expect(values(parsed(text), 'fn')).to.deep.equal(['Morag']);
  });

  it('keeps long, accented texts intact through folding and parsing', () => {
    const long = 'Marie-Thérèse Oyelaran-Fitzpatrick, Community Connector and Participatory Budgeting Coordinator; Easterhouse\\Blairtummock';
    const text = buildVCard([['NOTE', '', escapeText(long)]]);
    for (const line of text.split('\r\n')) expect(bytes(line)).to.be.at.most(75);
    expect(values(parsed(text), 'note')).to.deep.equal([long]);
  });

  it('builds a card for every contact in the sample feed that ical.js reads back', async () => {
    const feed = await fixture<{ connectors: Connector[] }>(SAMPLE_FEED_URL);
    for (const connector of feed.connectors) {
      const props = parsed(connectorVCard(connector, { title: connector.role_title ?? 'Community Connector', note: [connector.description ?? ''] }));
      expect(values(props, 'fn')).to.deep.equal([connector.name]);
      expect(values(props, 'email')).to.deep.equal(connector.email ? [connector.email] : []);
      expect(values(props, 'tel')).to.have.length(connector.phones?.length ?? 0);
    }
  });

  it('names the file after the person, safely', () => {
    expect(vcardFileName('Catrìona Baird')).to.equal('catriona-baird.vcf');
    expect(vcardFileName('../../etc/passwd')).to.equal('etc-passwd.vcf');
    expect(vcardFileName('王小明')).to.equal('contact.vcf');
  });
});
