/**
 * Test-runner command for the plan's tests: forced colours (Windows contrast themes), which the
 * runner's emulateMedia and this Puppeteer's emulateMediaFeatures do not offer, set through the
 * DevTools protocol.
 */
export const plugin = {
  name: 'placekit-plan-commands',
  async executeCommand({ command, payload, session }) {
    if (command !== 'emulate-forced-colors') return undefined;
    const page = session.browser.getPage(session.id);
    const client = await page.target().createCDPSession();
    await client.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }] });
    return true;
  },
};
