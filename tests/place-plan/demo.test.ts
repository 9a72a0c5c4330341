import { expect, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';

describe('the demo page embeds the plan', () => {
  it("lists the plans inside the page's <place-feed> and opens one", async () => {
    await setViewport({ width: 1200, height: 900 });
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 1100px; height: 800px; border: 0';
    frame.src = '/demo/index.html';
    document.body.append(frame);
    try {
      await waitUntil(() => frame.contentDocument?.querySelector('place-plan')?.shadowRoot?.querySelector('[part="tile"]'), 'the plan list shows', {
        timeout: 15000,
      });
      const el = frame.contentDocument!.querySelector('place-plan')!;
      expect(el.closest('place-feed'), 'inside the shared feed').to.exist;
      expect(el.hasAttribute('sync-url')).to.be.true;
      const root = el.shadowRoot!;
      expect(root.querySelectorAll('[part="tile"]')).to.have.length(3);
      root.querySelector<HTMLButtonElement>('[part="tile"] button')!.click();
      await waitUntil(() => root.querySelector('#plan-title')?.textContent === 'Parkhead Locality Plan 2024 to 2030', 'Parkhead plan opens');
      expect(new URL(frame.contentWindow!.location.href).searchParams.get('pp-plan')).to.be.a('string');
    } finally {
      frame.remove();
    }
  });
});
