/**
 * The iframe page (src/embed/): what its address may set. Anyone can link to a council's embed page, so only
 * what is safe for a stranger to choose becomes an attribute; an address (postcode-endpoint, a future api)
 * never does, even when the site's meta names it. The height it asks its parent for is bounded, and so is
 * the listener the embedding guide gives sites.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { MAX_FRAME_HEIGHT, SAFE_ATTRIBUTES, embedAttributes, siteAttributes } from '../../src/embed/attributes.js';

const params = (query: string) => new URLSearchParams(query);
const DIRECTORY = ['area', 'category', 'lock', 'page-size', 'sync-url', 'postcode-endpoint', 'feed', 'feed-timeout'];

describe('the embed page: attributes from its address', () => {
  it('takes what a stranger may choose, and refuses an address', () => {
    const { attributes, refused } = embedAttributes(
      params(
        'element=place-directory&feed=/f.json&area=parkhead&category=food&lock=area&page-size=5&postcode-endpoint=https://evil.example/&title=x&nonsense=1',
      ),
      DIRECTORY,
    );
    expect(attributes).to.deep.equal([
      ['area', 'parkhead'],
      ['category', 'food'],
      ['lock', 'area'],
      ['page-size', '5'],
    ]);
    expect(refused).to.deep.equal(['postcode-endpoint']);
  });

  it('takes a setting the site allows in its meta, never an address, whatever the meta says', () => {
    const site = siteAttributes('save-draft remember feed-timeout postcode-endpoint api src feed photo-url');
    expect([...site]).to.deep.equal(['save-draft', 'remember', 'feed-timeout']);
    const observed = [...DIRECTORY, 'api', 'save-draft'];
    const { attributes, refused } = embedAttributes(params('feed-timeout=60&save-draft=&api=https://evil.example/&postcode-endpoint=x'), observed, site);
    expect(attributes).to.deep.equal([
      ['feed-timeout', '60'],
      ['save-draft', ''],
    ]);
    expect(refused).to.deep.equal(['api', 'postcode-endpoint']);
    // Storage settings are the site's to choose: not from the address alone.
    expect(embedAttributes(params('save-draft=&feed-timeout=1'), observed).refused).to.deep.equal(['save-draft', 'feed-timeout']);
  });

  it('allows no address among the attributes anyone may set', () => {
    for (const name of ['postcode-endpoint', 'api', 'feed', 'src', 'href', 'photo-url']) expect(SAFE_ATTRIBUTES.has(name), name).to.equal(false);
    expect(embedAttributes(params('sync-url='), ['sync-url']).attributes).to.deep.equal([['sync-url', '']]);
  });

  it('in a frame: the element gets the area, not the postcode endpoint, and the console says so', async () => {
    const frame = document.createElement('iframe');
    frame.src = '/src/embed/embed.html?element=place-directory&feed=/sample/feed.json&area=parkhead&postcode-endpoint=https://evil.example/';
    frame.style.height = '600px';
    document.body.append(frame);
    try {
      await waitUntil(() => frame.contentDocument?.querySelector('place-directory'), 'the element', { timeout: 20_000 });
      const element = frame.contentDocument!.querySelector('place-directory')!;
      expect(element.getAttribute('area')).to.equal('parkhead');
      expect(element.hasAttribute('postcode-endpoint')).to.equal(false);
      expect((element as unknown as { postcodeEndpoint: string }).postcodeEndpoint).to.equal('https://api.postcodes.io/postcodes/');
    } finally {
      frame.remove();
    }
  });
});

describe('the embed page: the resize message is bounded', () => {
  it('never asks for more than MAX_FRAME_HEIGHT', () => {
    expect(MAX_FRAME_HEIGHT).to.be.at.most(50_000);
  });

  it("the embedding guide's listener keeps a frame within bounds, whatever height a frame asks for", async () => {
    const guide = await (await fetch('/docs/embedding.md')).text();
    const script = /<script>\n([^]*?placekit:resize[^]*?)<\/script>/.exec(guide)![1];
    const frame = document.createElement('iframe');
    frame.srcdoc = '<p>frame</p>';
    frame.style.border = '0';
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const listeners: EventListener[] = [];
    const add = window.addEventListener;
    window.addEventListener = ((type: string, listener: EventListener) => (listeners.push(listener), add.call(window, type, listener))) as typeof add;
    try {
      new Function(script)();
    } finally {
      window.addEventListener = add;
    }
    const ask = async (height: unknown) => {
      (frame.contentWindow as Window & { eval: (code: string) => unknown }).eval(
        `parent.postMessage({ type: 'placekit:resize', height: ${JSON.stringify(height)} }, '*')`,
      );
      await new Promise((resolve) => setTimeout(resolve, 50));
      return frame.getBoundingClientRect().height;
    };
    try {
      expect(await ask(640)).to.equal(640);
      expect(await ask(10_000_000)).to.equal(MAX_FRAME_HEIGHT);
      expect(await ask(-5)).to.be.above(0);
      const before = frame.getBoundingClientRect().height;
      expect(await ask('100px; position: fixed')).to.equal(before);
    } finally {
      for (const listener of listeners) window.removeEventListener('message', listener);
      frame.remove();
    }
  });
});
