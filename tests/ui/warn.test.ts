import { expect } from '@open-wc/testing';
import { areaLabel } from '../../src/ui/area-label.js';
import { warnOnce } from '../../src/ui/warn.js';

describe('warnOnce', () => {
  const realWarn = console.warn;
  const warnings: string[] = [];
  beforeEach(() => {
    warnings.length = 0;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
  });
  afterEach(() => (console.warn = realWarn));

  it("tells the page's editor once per element and message, starting with the element's tag", () => {
    const one = document.createElement('place-directory');
    const two = document.createElement('place-plan');
    for (let i = 0; i < 3; i++) warnOnce(one, 'page-size="0" is not 1 to 100: 1 a page.');
    warnOnce(one, 'area="x" is not in the feed.');
    warnOnce(two, 'area="x" is not in the feed.');
    expect(warnings).to.deep.equal([
      'place-directory: page-size="0" is not 1 to 100: 1 a page.',
      'place-directory: area="x" is not in the feed.',
      'place-plan: area="x" is not in the feed.',
    ]);
  });
});

describe('areaLabel', () => {
  it("gives an area's Gaelic or Welsh name beside its name, when the feed has one", () => {
    expect(areaLabel({ name: 'Parkhead', alternate_name: 'Ceann na Pàirce' })).to.equal('Parkhead (Ceann na Pàirce)');
    expect(areaLabel({ name: 'Springburn' })).to.equal('Springburn');
  });
});
