/**
 * The call to action: a fallback link while <place-feedback> is not on the page, then the form itself
 * once it is, and the area's <place-connector> card. Stand-ins define the two tags here (this file runs
 * in its own page), so the plan is tested without their code.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { expectAccessible } from '../support/axe.js';
import { feedDataUrl, minimalFeed } from '../support/fixtures.js';
import { $, planElement, text } from './helpers.js';

class StandIn extends HTMLElement {
  connectedCallback() {
    this.textContent = `${this.localName} stand-in`;
  }
}

describe('<place-plan>: having their say', () => {
  it('links to the partnership while the page has no <place-feedback>', async () => {
    const el = await planElement('area="parkhead"');
    const section = $(el, '[part="have-your-say"]');
    expect(text(section.querySelector('h3'))).to.equal('Have your say');
    const link = section.querySelector('a')!;
    expect(text(link)).to.equal('Contact the partnership about this plan');
    expect(link.getAttribute('href')).to.equal('https://example.org/community-planning/parkhead');
    expect(section.querySelector('place-feedback, place-connector')).to.be.null;
  });

  it('shows no call to action when the plan names a form the feed does not have', async () => {
    const feed = feedDataUrl(
      minimalFeed({ areas: [{ id: 'a', name: 'A' }], locality_plans: [{ id: 'p', area_id: 'a', title: 'Plan', feedback_form_id: 'missing', priorities: [] }] }),
    );
    const el = await planElement('area="a"', feed);
    expect($(el, '[part="have-your-say"]')).to.be.null;
  });

  it('leaves the section out when the form can be neither shown nor linked to (no empty invitation)', async () => {
    const form = {
      id: 'f',
      title: 'Views',
      privacy_notice: 'Read by the partnership.',
      endpoint: 'https://example.org/f',
      questions: [{ id: 'q', kind: 'long_text', label: 'Your views' }],
    };
    const feed = feedDataUrl(
      minimalFeed({
        areas: [{ id: 'a', name: 'A' }],
        feedback_forms: [form],
        locality_plans: [{ id: 'p', area_id: 'a', title: 'Plan', feedback_form_id: 'f', priorities: [] }],
      }),
    );
    const el = await planElement('area="a"', feed);
    expect($(el, '[part="have-your-say"]')).to.be.null;
  });

  it('opens <place-feedback> for the plan and shows the area connector card once the page has them', async () => {
    const el = await planElement('area="parkhead"');
    customElements.define('place-feedback', class extends StandIn {});
    customElements.define('place-connector', class extends StandIn {});
    await waitUntil(() => $(el, '.say-button'), 'the plan noticed the new elements');
    const connector = $(el, 'place-connector');
    expect(connector.getAttribute('area')).to.equal('parkhead');
    expect(connector.getAttribute('layout')).to.equal('compact');
    const button = $<HTMLButtonElement>(el, '.say-button');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect($(el, 'place-feedback')).to.be.null;
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    const form = $(el, 'place-feedback');
    expect(form.getAttribute('form')).to.equal('plan-feedback');
    expect(form.getAttribute('subject')).to.equal('e757421a-4172-50b9-b354-52ebe101ead3');
    expect(form.getAttribute('area')).to.equal('parkhead');
    expect(form.getAttribute('heading-level'), 'under the h3 "Have your say"').to.equal('4');
    expect(form.getAttribute('feed')).to.equal('/sample/feed.json');
    await expectAccessible(el);
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
  });

  it('leaves the section out when the page has <place-connector> but the feed has no one for the area', async () => {
    await customElements.whenDefined('place-connector');
    const feed = feedDataUrl(
      minimalFeed({ areas: [{ id: 'a', name: 'A' }], locality_plans: [{ id: 'p', area_id: 'a', title: 'Plan', feedback_form_id: 'missing', priorities: [] }] }),
    );
    const el = await planElement('area="a"', feed);
    expect($(el, '[part="have-your-say"]')).to.be.null;
  });
});
