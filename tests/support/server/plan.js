/**
 * Test-runner commands for the plan's tests, through the DevTools protocol:
 * - `emulate-forced-colors` `{active}`: forced colours (Windows contrast themes), which the runner's
 *   emulateMedia and this Puppeteer's emulateMediaFeatures do not offer;
 * - `plan-screenshot`: the visible part of the page as a PNG (base64), so a test can look at what was
 *   actually painted (a shape that forced colours turned into another is only visible there).
 */
export const plugin = {
  name: 'placekit-plan-commands',
  async executeCommand({ command, payload, session }) {
    if (command === 'emulate-forced-colors') {
      const page = session.browser.getPage(session.id);
      const client = await page.target().createCDPSession();
      await client.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }] });
      return true;
    }
    if (command === 'plan-screenshot') {
      const page = session.browser.getPage(session.id);
      return page.screenshot({ encoding: 'base64', type: 'png', captureBeyondViewport: false });
    }
    return undefined;
  },
};
