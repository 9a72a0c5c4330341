/**
 * Test-runner commands the browser tests can call with executeServerCommand(): things only the
 * browser's controller can do, such as forcing the time zone.
 */
export const plugin = {
  name: 'placekit-commands',
  async executeCommand({ command, payload, session }) {
    if (command === 'emulate-timezone') {
      const page = session.browser.getPage(session.id);
      await page.emulateTimezone(payload?.zone ?? undefined);
      return true;
    }
    if (command === 'emulate-media-features') {
      const page = session.browser.getPage(session.id);
      await page.emulateMediaFeatures(payload?.features ?? []);
      return true;
    }
    if (command === 'emulate-offline') {
      const page = session.browser.getPage(session.id);
      await page.setOfflineMode(Boolean(payload?.offline));
      return true;
    }
    return undefined;
  },
};
