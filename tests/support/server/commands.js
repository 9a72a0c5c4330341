/**
 * Test-runner commands the browser tests can call with executeServerCommand(): things only the
 * browser's controller can do, such as forcing the time zone or reading the whole accessibility tree.
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
    if (command === 'accessibility-headings') {
      // Every heading in the accessibility tree, as [level, name], in order: the whole tree, since the
      // "interesting nodes" snapshot folds a heading into the button it holds.
      const page = session.browser.getPage(session.id);
      const tree = await page.accessibility.snapshot({ interestingOnly: false });
      const headings = [];
      const walk = (node) => {
        if (node.role === 'heading') headings.push([node.level ?? 0, (node.name ?? '').replace(/\s+/g, ' ').trim()]);
        for (const child of node.children ?? []) walk(child);
      };
      if (tree) walk(tree);
      return headings;
    }
    if (command === 'emulate-offline') {
      const page = session.browser.getPage(session.id);
      await page.setOfflineMode(Boolean(payload?.offline));
      return true;
    }
    if (command === 'photo-host') {
      // https://photos.example.org/ for photo tests (a feed's photo must be https on a public host): an
      // address with "hang" in it never answers, any other fails as if offline.
      const page = session.browser.getPage(session.id);
      if (photoHosts.has(page)) return true;
      const client = await page.createCDPSession();
      client.on('Fetch.requestPaused', ({ requestId, request }) => {
        if (!request.url.includes('hang')) client.send('Fetch.failRequest', { requestId, errorReason: 'InternetDisconnected' }).catch(() => undefined);
      });
      await client.send('Fetch.enable', { patterns: [{ urlPattern: 'https://photos.example.org/*', requestStage: 'Request' }] });
      photoHosts.set(page, client);
      return true;
    }
    return undefined;
  },
};

/** Pages whose requests to https://photos.example.org/ are answered by the 'photo-host' command. */
const photoHosts = new Map();
