import { expect } from '@open-wc/testing';
import { DISC_COLOURS, discColour, initials } from '../../src/place-connector/initials.js';
import { nameParts, shortName } from '../../src/place-connector/names.js';
import { writtenNumber } from '../../src/place-connector/phone-text.js';

/** WCAG relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

describe('place-connector: initials, names, phone numbers', () => {
  it('every disc colour has at least 4.5:1 contrast with the white initials', () => {
    for (const colour of DISC_COLOURS) expect(contrast(colour, '#ffffff'), colour).to.be.at.least(4.5);
  });

  it('the same name always gets the same colour, and names spread over the palette', () => {
    expect(discColour('Catrìona Baird')).to.equal(discColour('Catrìona Baird'));
    const names = [
      'Catrìona Baird',
      'Tomasz Wiśniewski',
      'Morven Gillies',
      'Dr Ewan Hutcheson',
      'Marie-Thérèse Oyelaran-Fitzpatrick',
      'Aisha Khan',
      'Morag',
      'Iain MacLeod',
    ];
    expect(new Set(names.map(discColour)).size).to.be.above(2);
  });

  it('initials skip titles and keep accents', () => {
    expect(initials('Catrìona Baird')).to.equal('CB');
    expect(initials('Dr Ewan Hutcheson')).to.equal('EH');
    expect(initials('Morag')).to.equal('M');
    expect(initials('Éilidh Ó Súilleabháin')).to.equal('ÉS');
    expect(initials('  ')).to.equal('');
  });

  it('splits names for the vCard and for links', () => {
    expect(nameParts('Dr Catrìona Ann Baird')).to.deep.equal({ prefix: 'Dr', given: 'Catrìona', additional: 'Ann', family: 'Baird' });
    expect(shortName('Marie-Thérèse Oyelaran-Fitzpatrick')).to.equal('Marie-Thérèse');
    expect(shortName('NEVAN')).to.equal('NEVAN');
  });

  it('phone numbers are written as the feed gives them, without the (0) that is not dialled after a country code', () => {
    expect(writtenNumber('0141 496 0102')).to.equal('0141 496 0102');
    expect(writtenNumber('  0141   496 0102 ')).to.equal('0141 496 0102');
    expect(writtenNumber('+44 (0)7700-900102')).to.equal('+44 7700-900102');
    expect(writtenNumber('+44(0)141 496 0102')).to.equal('+44 141 496 0102');
    expect(writtenNumber('0044 (0) 141 496 0102')).to.equal('0044 141 496 0102');
    // Without a country code the brackets are the feed's own, and stay.
    expect(writtenNumber('(0141) 496 0102')).to.equal('(0141) 496 0102');
  });
});
