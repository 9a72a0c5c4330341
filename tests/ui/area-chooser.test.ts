import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement, html as litHtml } from 'lit';
import { AreaChooser, type AreaChoice } from '../../src/ui/area-chooser.js';
import { baseStyles, formStyles } from '../../src/ui/styles.js';
import type { Area } from '../../src/feed/domain/types.js';
import { expectAccessible } from '../support/axe.js';

const AREAS: Area[] = [
  { id: 'parkhead', name: 'Parkhead', alternate_name: 'Ceann na Pàirce', postcode_districts: ['G31'], postcode_sectors: ['G31 4', 'G31 5'] },
  { id: 'dennistoun', name: 'Dennistoun', postcode_sectors: ['G31 2', 'G31 3'] },
  { id: 'springburn', name: 'Springburn', postcode_districts: ['G21'] },
];

class ChooserHost extends LitElement {
  static override styles = [baseStyles, formStyles];
  chosen: AreaChoice[] = [];
  selected?: string;
  chooser = new AreaChooser(this, {
    areas: () => AREAS,
    selected: () => this.selected,
    choose: (choice) => {
      this.chosen.push(choice);
      this.selected = choice.area.id;
      this.requestUpdate();
    },
    confirmLabel: () => 'Show',
  });
  override render() {
    return litHtml`<div class="root">${this.chooser.render()}</div>`;
  }
}
customElements.define('chooser-host', ChooserHost);

const q = <T extends Element>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;

async function typePostcode(el: ChooserHost, postcode: string) {
  const input = q<HTMLInputElement>(el, 'input[name="postcode"]');
  input.focus();
  input.select();
  if (postcode) await sendKeys({ type: postcode });
  else await sendKeys({ press: 'Backspace' });
  await sendKeys({ press: 'Enter' });
  await el.updateComplete;
}

describe('AreaChooser', () => {
  it('lists the areas with their Gaelic names and chooses from the list', async () => {
    const el = await fixture<ChooserHost>(html`<chooser-host></chooser-host>`);
    const select = q<HTMLSelectElement>(el, 'select');
    expect([...select.options].map((o) => o.textContent)).to.deep.equal(['Choose a neighbourhood', 'Parkhead (Ceann na Pàirce)', 'Dennistoun', 'Springburn']);
    select.value = 'springburn';
    select.dispatchEvent(new Event('change'));
    (select.parentElement!.querySelector('.confirm') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(el.chosen).to.deep.equal([{ area: AREAS[2], via: 'list' }]);
    await expectAccessible(el);
  });

  it('only selects while the resident moves through the list; the button after it shows the area', async () => {
    const el = await fixture<ChooserHost>(html`<chooser-host></chooser-host>`);
    const select = q<HTMLSelectElement>(el, 'select');
    select.focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(el.chosen).to.deep.equal([]);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.textContent).to.equal('Show');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.chosen.map((c) => c.area.id)).to.deep.equal([select.value]);
    expect(select.value).to.not.equal('');
  });

  it('asks for a neighbourhood when the button is pressed with none selected', async () => {
    const el = await fixture<ChooserHost>(html`<chooser-host></chooser-host>`);
    q<HTMLButtonElement>(el, '.confirm').click();
    await el.updateComplete;
    expect(el.chosen).to.deep.equal([]);
    expect(q(el, '.outcome').textContent).to.equal('Choose a neighbourhood from the list first.');
  });

  it('matches a postcode typed any way to its area, by sector first', async () => {
    const el = await fixture<ChooserHost>(html`<chooser-host></chooser-host>`);
    await typePostcode(el, 'g312ab');
    expect(el.chosen.at(-1)).to.deep.include({ via: 'postcode', postcode: 'G31 2AB' });
    expect(el.chosen.at(-1)!.area.id).to.equal('dennistoun');
    expect(q(el, '.outcome').textContent).to.equal('G31 2AB is in Dennistoun.');
    expect(q<HTMLSelectElement>(el, 'select').value).to.equal('dennistoun');
  });

  it('says when a postcode could be in several areas, and when the feed does not cover it', async () => {
    const el = await fixture<ChooserHost>(html`<chooser-host></chooser-host>`);
    await typePostcode(el, 'G31 9ZZ');
    expect(q(el, '.outcome').textContent).to.equal(
      'G31 9ZZ is in or near Parkhead or Dennistoun. Showing Parkhead; choose another from the list if that is not yours.',
    );
    await typePostcode(el, 'EH1 1YZ');
    expect(q(el, '.outcome').textContent).to.equal('We do not have information for EH1 1YZ. Choose a neighbourhood from the list instead.');
    expect(el.chosen).to.have.length(1);
  });

  it('shows GOV.UK-style errors, linked to the field, keeping the answer and the focus', async () => {
    const el = await fixture<ChooserHost>(html`<chooser-host></chooser-host>`);
    await typePostcode(el, 'hello');
    const input = q<HTMLInputElement>(el, 'input[name="postcode"]');
    const error = q(el, '.error-message');
    expect(error.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Error: Enter a full UK postcode, like G31 4XY');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(input.getAttribute('aria-describedby')!.split(' ')).to.include(error.id);
    expect(input.value).to.equal('hello');
    expect(el.shadowRoot!.activeElement).to.equal(input);
    await expectAccessible(el);
    await typePostcode(el, '');
    expect(q(el, '.error-message').textContent).to.match(/Enter a postcode, like G31 4XY/);
  });

  it('says an error of the postcode box in a live region when Enter is pressed (empty, not a postcode), and again when repeated (issue 17)', async () => {
    const el = await fixture<ChooserHost>(html`<chooser-host></chooser-host>`);
    /** What the live regions in the accessibility tree hold (a region out of the tree says nothing). */
    const said = () =>
      [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="status"], [role="alert"]')]
        .filter((region) => getComputedStyle(region).display !== 'none')
        .map((region) => region.textContent!)
        .join(' | ');
    await typePostcode(el, '');
    expect(said()).to.contain('Error: Enter a postcode, like G31 4XY');
    const first = said();
    await typePostcode(el, '');
    expect(said(), 'the same error, said again').to.contain('Error: Enter a postcode, like G31 4XY');
    expect(said(), 'changed, so it is heard again').not.to.equal(first);
    await typePostcode(el, 'G31');
    expect(said()).to.contain('Error: Enter a full UK postcode, like G31 4XY');
    await typePostcode(el, 'KY1 1AA');
    expect(said()).to.contain('We do not have information for KY1 1AA');
    expect(said()).not.to.contain('Error:');
    await expectAccessible(el);
  });
});
