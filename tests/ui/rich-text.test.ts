/**
 * Feed text as residents read it: HTML from a publisher's CMS formatted through the allow-list
 * (src/ui/sanitize.ts), plain text as paragraphs, and the plain-text reading search and labels use.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { LitElement, html, render } from 'lit';
import { decodeEntities, formatter, hasMarkup, oneLine, plainText, richText } from '../../src/ui/rich-text.js';
import { formatted, parse } from '../../src/ui/sanitize.js';

/** The HTML a template draws, without lit's markers. */
function drawn(value: unknown): string {
  const box = document.createElement('div');
  render(value, box);
  return box.innerHTML.replace(/<!--[^]*?-->/g, '');
}

const format = (text: string, level = 3, lead?: unknown) => drawn(formatted(text, level, lead));

describe('plainText: the text with markup removed and entities decoded', () => {
  it('returns a text with no markup or entities as it is', () => {
    const text = 'Food bank\n\nOpen to all';
    expect(plainText(text)).to.equal(text);
    expect(plainText(undefined)).to.equal('');
  });

  it('reads a CMS description as paragraphs of plain words', () => {
    const text =
      '<h1>About Us</h1>\n\n<p>Food Bank&nbsp;</p><p><span style="font-family:Calibri">Tea &amp; toast</span><br>every Monday</p><ul><li>One</li><li>Two</li></ul>';
    expect(plainText(text)).to.equal('About Us\n\nFood Bank\n\nTea & toast\nevery Monday\n\nOne\n\nTwo');
    expect(plainText(text)).not.to.contain('Calibri');
  });

  it('drops what is not text: scripts, styles, comments, SVG', () => {
    expect(plainText('<p>Hi<script>alert(1)</script><style>p{}</style><!-- note --><svg><text>x</text></svg> there</p>')).to.equal('Hi there');
  });

  it('keeps the line breaks of a text with inline tags only', () => {
    expect(plainText('Monday <b>10am</b>\nTuesday 2pm')).to.equal('Monday 10am\nTuesday 2pm');
  });

  it('decodes named, numeric and Windows-1252 references, accented letters included', () => {
    expect(decodeEntities('caf&eacute; &Agrave; &ccedil; &#8217; &#x2019; &#146; &pound;5 &hellip; &unknown; &#0;')).to.equal(
      'café À ç ’ ’ ’ £5 … &unknown; \ufffd',
    );
    expect(plainText('Tom &amp; Jerry &lt;3')).to.equal('Tom & Jerry <3');
    expect(oneLine('<p>One</p><p>Two</p>')).to.equal('One Two');
  });

  it('tells markup from a text that only mentions a sign', () => {
    expect(hasMarkup('Ages < 5 and > 2')).to.equal(false);
    expect(hasMarkup('Fish &amp; chips')).to.equal(false);
    expect(hasMarkup('<p>Hello')).to.equal(true);
    expect(hasMarkup('Hello<br/>there')).to.equal(true);
  });
});

describe('formatted: HTML through the allow-list', () => {
  it('keeps paragraphs, line breaks, lists, bold and italic, and nothing else of the markup', () => {
    expect(
      format(
        '<p class="x" style="color:red" onclick="alert(1)">One<br>two</p><ul><li><b>Bold</b> and <i>italic</i></li><li><strong>Strong</strong> <em>em</em></li></ul><ol><li>First</li></ol>',
      ),
    ).to.equal(
      '<p>One<br>two</p><ul><li><strong>Bold</strong> and <em>italic</em></li><li><strong>Strong</strong> <em>em</em></li></ul><ol><li>First</li></ol>',
    );
  });

  it('unwraps spans, fonts and unknown tags, keeping their text where it stands', () => {
    expect(format('<p><span style="font-family:Calibri">Food</span> <font color=red>bank</font> <x-thing>here</x-thing></p>')).to.equal(
      '<p>Food bank here</p>',
    );
  });

  it('drops empty paragraphs, the CMS spacers', () => {
    expect(format('<p>&nbsp;</p><p>Text</p><p> <br> </p>')).to.equal('<p>Text</p>');
  });

  it('reads divs, tables and other blocks as paragraphs', () => {
    expect(format('<div>One</div><div>Two</div><table><tr><td>Monday</td><td>10am</td></tr><tr><td>Friday</td><td>2pm</td></tr></table>')).to.equal(
      '<p>One</p><p>Two</p><p> Monday  10am </p><p> Friday  2pm </p>',
    );
  });

  it('shows headings below the level it is given, the highest at that level', () => {
    expect(format('<h1>About</h1><p>a</p><h2>More</h2><h6>Deep</h6>', 3)).to.equal(
      '<h3 class="text-heading">About</h3><p>a</p><h4 class="text-heading">More</h4><h6 class="text-heading">Deep</h6>',
    );
    expect(format('<h4>Only</h4>', 5)).to.equal('<h5 class="text-heading">Only</h5>');
    // Never above the element's own level, never beyond h6.
    expect(format('<h1>A</h1><h3>B</h3>', 6)).to.equal('<h6 class="text-heading">A</h6><h6 class="text-heading">B</h6>');
  });

  it('keeps links that pass the safe-URL check, and only the text of any other', () => {
    expect(
      format(
        '<a href="https://example.org/x" target="_blank" onclick="x()">Site</a> <a href="javascript:alert(1)">Bad</a> <a href="/relative">Rel</a> <a>None</a> <a href="mailto:a@example.org">Mail</a>',
      ),
    ).to.equal(
      '<p><a rel="noopener noreferrer" href="https://example.org/x">Site</a> Bad Rel None <a rel="noopener noreferrer" href="mailto:a@example.org">Mail</a></p>',
    );
  });

  it('makes one link of a link with formatting inside', () => {
    expect(format('<a href="https://example.org/">Read <b>this</b> now</a>')).to.equal(
      '<p><a rel="noopener noreferrer" href="https://example.org/">Read <strong>this</strong> now</a></p>',
    );
  });

  it('keeps the paragraphs and line breaks of a text with inline tags only', () => {
    expect(format('Drop in <b>Monday</b>\nand Friday\n\nNo need to book')).to.equal(
      '<p>Drop in <strong>Monday</strong><br>and Friday</p><p>No need to book</p>',
    );
  });

  it('gives nested lists, and text loose in a list, a place of their own', () => {
    expect(format('<ul><li>One<ul><li>Inner</li></ul></li>loose</ul>')).to.equal('<ul><li><p>One</p><ul><li>Inner</li></ul></li><li>loose</li></ul>');
    expect(format('<li>Stray</li>')).to.equal('<ul><li>Stray</li></ul>');
  });

  it('starts the first paragraph with a lead, or gives it a paragraph before a list', () => {
    expect(format('<p>Step-free</p>', 4, 'Accessibility:')).to.equal('<p>Accessibility: Step-free</p>');
    expect(format('<ul><li>Ramp</li></ul>', 4, 'Accessibility:')).to.equal('<p>Accessibility:</p><ul><li>Ramp</li></ul>');
  });

  it('is not misled by DOM clobbering, and survives very deep nesting', () => {
    expect(format('<form><input name="childNodes"><input name="localName"><input name="nodeType">kept</form><img name="body">')).to.equal('<p>kept</p>');
    const deep = `${'<b>'.repeat(5000)}deep${'</b>'.repeat(5000)}`;
    expect(format(deep)).to.contain('deep');
  });

  it('reads a text once and remembers it', () => {
    expect(parse('<p>same</p>')).to.equal(parse('<p>same</p>'));
  });
});

class Host extends LitElement {
  static override properties = { text: {} };
  declare text: string;
  draws = 0;
  override render() {
    this.draws++;
    return html`${richText(this, this.text, 3)}`;
  }
}
customElements.define('rich-text-host', Host);

describe('richText: one mechanism for every element', () => {
  const real = formatter.load;
  afterEach(() => {
    formatter.load = real;
  });

  it('draws plain text as paragraphs at once, without loading the formatter', async () => {
    let asked = 0;
    formatter.load = () => (asked++, real());
    const el = document.createElement('rich-text-host') as Host;
    el.text = 'One\n\nTwo &amp; three';
    document.body.append(el);
    await el.updateComplete;
    expect([...el.shadowRoot!.querySelectorAll('p')].map((p) => p.textContent)).to.deep.equal(['One', 'Two & three']);
    expect(asked).to.equal(0);
    el.remove();
  });

  it('draws markup as plain text at once, then formatted when the formatter arrives', async () => {
    const saved = formatter.loaded;
    formatter.loaded = undefined;
    let arrive!: () => void;
    const arrived = new Promise<void>((resolve) => (arrive = resolve));
    formatter.load = () => arrived.then(real);
    const el = document.createElement('rich-text-host') as Host;
    el.text = '<p>Tea <b>&amp;</b> toast</p><script>window.__pwned = 1</script>';
    document.body.append(el);
    await el.updateComplete;
    // Never blank, never tags: the plain text first.
    expect(el.shadowRoot!.querySelector('p')!.textContent).to.equal('Tea & toast');
    expect(el.shadowRoot!.querySelector('strong')).to.equal(null);
    arrive();
    await waitUntil(() => el.shadowRoot!.querySelector('strong'), 'formatted');
    expect(el.shadowRoot!.querySelector('p')!.textContent).to.equal('Tea & toast');
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    el.remove();
    formatter.loaded ??= saved;
  });

  it('keeps the plain text when the formatter cannot be loaded, and asks again on the next draw', async () => {
    const saved = formatter.loaded;
    formatter.loaded = undefined;
    let asked = 0;
    formatter.load = () => (asked++, Promise.reject(new Error('offline')));
    const el = document.createElement('rich-text-host') as Host;
    el.text = '<p>Offline <i>text</i></p>';
    document.body.append(el);
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(el.shadowRoot!.querySelector('p')!.textContent).to.equal('Offline text');
    el.text = '<p>Offline <i>again</i></p>';
    await el.updateComplete;
    expect(asked).to.equal(2);
    expect(el.shadowRoot!.querySelector('p')!.textContent).to.equal('Offline again');
    el.remove();
    formatter.loaded = saved;
  });
});
