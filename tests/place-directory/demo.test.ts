import { expect, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';

describe('the demo page embeds the directory', () => {
  it("shows it inside the page's <place-feed>, searching the sample feed", async () => {
    await setViewport({ width: 1200, height: 900 });
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 1100px; height: 800px; border: 0';
    frame.src = '/demo/index.html';
    document.body.append(frame);
    try {
      await waitUntil(
        () => frame.contentDocument?.querySelector('place-directory')?.shadowRoot?.querySelector('#results-title'),
        'the directory shows results',
        { timeout: 15000 },
      );
      const doc = frame.contentDocument!;
      const el = doc.querySelector('place-directory')!;
      expect(el.closest('place-feed'), 'inside the shared feed').to.exist;
      expect(el.closest('section')!.querySelector('h2')!.textContent).to.contain('Find local services');
      const root = el.shadowRoot!;
      expect(root.querySelector('#results-title')!.textContent).to.equal('83 results');
      const input = root.querySelector<HTMLInputElement>('#query')!;
      input.value = 'walking football';
      input.dispatchEvent(new Event('input'));
      await waitUntil(() => root.querySelector('.result h3')?.textContent === 'Walking football');
    } finally {
      frame.remove();
    }
  });
});
