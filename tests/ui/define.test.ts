import { expect } from '@open-wc/testing';
import { define } from '../../src/ui/define.js';
import { VERSION } from '../../src/version.js';

describe('define', () => {
  let warnings: string[];
  const originalWarn = console.warn;
  beforeEach(() => {
    warnings = [];
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
  });
  afterEach(() => {
    console.warn = originalWarn;
  });

  it('registers a new tag', () => {
    class First extends HTMLElement {
      static placekitVersion = VERSION;
    }
    define('place-define-a', First);
    expect(customElements.get('place-define-a')).to.equal(First);
  });

  it('tolerates a second copy of the same version silently', () => {
    class Copy1 extends HTMLElement {
      static placekitVersion = VERSION;
    }
    class Copy2 extends HTMLElement {
      static placekitVersion = VERSION;
    }
    define('place-define-b', Copy1);
    expect(() => define('place-define-b', Copy2)).not.to.throw();
    expect(customElements.get('place-define-b')).to.equal(Copy1);
    expect(warnings).to.deep.equal([]);
  });

  it('keeps the first copy and warns when another version comes second', () => {
    class Old extends HTMLElement {
      static placekitVersion = '0.0.1';
    }
    class Current extends HTMLElement {
      static placekitVersion = VERSION;
    }
    define('place-define-c', Old);
    expect(() => define('place-define-c', Current)).not.to.throw();
    expect(customElements.get('place-define-c')).to.equal(Old);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(/<place-define-c> is already defined by placekit 0\.0\.1/);
  });

  it('warns, without throwing, when another script owns the tag', () => {
    customElements.define('place-define-d', class extends HTMLElement {});
    expect(() => define('place-define-d', class extends HTMLElement {})).not.to.throw();
    expect(warnings[0]).to.match(/another script/);
  });
});
