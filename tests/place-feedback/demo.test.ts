import { expect, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { PlaceFeedbackElement } from '../../src/place-feedback/place-feedback.js';

describe('the demo page embeds the feedback form', () => {
  it('"Was this page useful?" inside the page\'s <place-feed>, and the plan\'s form under "Comment on this plan"', async () => {
    await setViewport({ width: 1200, height: 900 });
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 1100px; height: 800px; border: 0';
    frame.src = '/demo/index.html';
    document.body.append(frame);
    try {
      const page = () => frame.contentDocument?.querySelector<PlaceFeedbackElement>('section place-feedback[form="page-feedback"]');
      await waitUntil(() => page()?.shadowRoot?.querySelector('form'), 'the page feedback form shows', { timeout: 15000 });
      const el = page()!;
      expect(el.closest('place-feed'), 'inside the shared feed').to.exist;
      const heading = el.shadowRoot!.querySelector('.title.h')!;
      expect(heading.textContent?.trim()).to.equal('Was this page useful?');
      expect(heading.localName).to.equal('h3');

      const plan = frame.contentDocument!.querySelector('place-plan')!;
      await waitUntil(() => plan.shadowRoot?.querySelector('[part="tile"] button'), 'the plan list shows', { timeout: 15000 });
      plan.shadowRoot!.querySelector<HTMLButtonElement>('[part="tile"] button')!.click();
      await waitUntil(() => plan.shadowRoot!.querySelector('.say-button'), 'have your say shows');
      plan.shadowRoot!.querySelector<HTMLButtonElement>('.say-button')!.click();
      const embedded = () => plan.shadowRoot!.querySelector<PlaceFeedbackElement>('place-feedback');
      await waitUntil(() => embedded()?.shadowRoot?.querySelector('form'), 'the plan feedback form shows', { timeout: 15000 });
      expect(embedded()!.form).to.equal('plan-feedback');
      expect(embedded()!.subject).to.be.a('string').and.not.empty;
      expect(embedded()!.shadowRoot!.querySelector('.title.h')!.textContent?.trim()).to.equal('Have your say on the Locality Plan');
    } finally {
      frame.remove();
    }
  });
});
