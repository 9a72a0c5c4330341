/** The one loader for parts loaded on demand (src/ui/lazy-part.ts), with a stand-in part. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement, css, html as litHtml } from 'lit';
import { LazyPart, onDemand, type OnDemand } from '../../src/ui/lazy-part.js';

interface Stand {
  label: string;
  styles: ReturnType<typeof css>;
}

const STAND: Stand = { label: 'the part', styles: css`.from-part { outline: 3px solid rgb(255, 0, 0); }` };

/** An element that draws the part once it is there, and says so while it is not. */
class PartHost extends LitElement {
  static override styles = css`
    p {
      margin: 0;
    }
  `;
  static part: OnDemand<Stand>;
  /** True while render runs: a load must never start then. */
  rendering = false;
  readied = 0;
  readonly lazy = new LazyPart(this, PartHost.part, { styles: (part) => part.styles, ready: () => this.readied++ });
  override render() {
    this.rendering = true;
    const part = this.lazy.use();
    this.rendering = false;
    return part ? litHtml`<p class="from-part">${part.label}</p>` : this.lazy.failed ? litHtml`<p class="failed">failed</p>` : litHtml`<p>loading</p>`;
  }
}
customElements.define('part-host', PartHost);

describe('LazyPart and onDemand', () => {
  let calls: string[];
  let fail: boolean;
  beforeEach(() => {
    calls = [];
    fail = false;
    PartHost.part = onDemand(async () => {
      calls.push(document.querySelector<PartHost>('part-host')?.rendering ? 'during render' : 'after render');
      await new Promise((resolve) => setTimeout(resolve, 20));
      if (fail) throw new TypeError('Failed to fetch dynamically imported module');
      return STAND;
    });
  });

  it('fetches a part once per page, after the update that asked for it, and the host draws it with its styles', async () => {
    const holder = await fixture<HTMLDivElement>(html`<div><part-host></part-host><part-host></part-host></div>`);
    const [one, two] = [...holder.querySelectorAll<PartHost>('part-host')];
    expect(one.shadowRoot!.textContent).to.equal('loading');
    await waitUntil(() => one.shadowRoot!.querySelector('.from-part') && two.shadowRoot!.querySelector('.from-part'), 'both draw it');
    expect(calls).to.deep.equal(['after render']);
    expect(getComputedStyle(one.shadowRoot!.querySelector('.from-part')!).outlineColor, 'the part styles joined').to.equal('rgb(255, 0, 0)');
    expect(getComputedStyle(one.shadowRoot!.querySelector('p')!).marginTop, "the element's own styles kept").to.equal('0px');
    // A third element later draws it at once, with its styles, and readies it once.
    const three = await fixture<PartHost>(html`<part-host></part-host>`);
    expect(three.shadowRoot!.querySelector('.from-part')).to.not.equal(null);
    expect(getComputedStyle(three.shadowRoot!.querySelector('.from-part')!).outlineColor).to.equal('rgb(255, 0, 0)');
    three.requestUpdate();
    await three.updateComplete;
    expect([one.readied, two.readied, three.readied]).to.deep.equal([1, 1, 1]);
    expect(calls).to.have.length(1);
  });

  it('after a failure, says so (failed) without fetching again by itself; retry fetches it afresh, busy meanwhile', async () => {
    fail = true;
    const el = await fixture<PartHost>(html`<part-host></part-host>`);
    await waitUntil(() => el.lazy.failed, 'failed');
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.equal('failed');
    el.requestUpdate();
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(calls, 'no second fetch until asked').to.have.length(1);
    fail = false;
    const retried = el.lazy.retry();
    expect(el.lazy.busy).to.equal(true);
    expect((await retried)?.label).to.equal('the part');
    expect(el.lazy.busy).to.equal(false);
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.equal('the part');
  });

  it('load() resolves to undefined when the part cannot be fetched (never rejects) and does not mark it failed', async () => {
    fail = true;
    // Not on the page yet: its styles wait for its first update.
    const el = document.createElement('part-host') as PartHost;
    expect(await el.lazy.load()).to.equal(undefined);
    expect(el.lazy.failed).to.equal(false);
    fail = false;
    expect((await el.lazy.load())?.label).to.equal('the part');
    expect(el.readied).to.equal(0);
    document.body.append(el);
    try {
      await el.updateComplete;
      expect(el.readied).to.equal(1);
      expect(el.shadowRoot!.textContent).to.equal('the part');
    } finally {
      el.remove();
    }
  });

  it('shares one fetch between callers at the same time', async () => {
    const part = onDemand(async () => {
      calls.push('fetch');
      await new Promise((resolve) => setTimeout(resolve, 20));
      return 1;
    });
    expect(await Promise.all([part.get(), part.get(), part.get()])).to.deep.equal([1, 1, 1]);
    expect(await part.get()).to.equal(1);
    expect(calls).to.deep.equal(['fetch']);
  });
});
