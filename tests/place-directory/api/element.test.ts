/**
 * `<place-directory>` showing an API's results through its `source` property (until the element reads
 * `api` itself): the API's total and pages, a word typed at speed sent once, and the list accessible.
 * The element's own handling of capabilities, errors and full records comes with its wiring.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { expectAccessible } from '../../support/axe.js';
import { $, directory, resultNames } from '../helpers.js';
import { standin } from './helpers.js';

/** The results' heading, or '' while an answer is on its way (the list says "Loading…"). */
const heading = (el: Element) => el.shadowRoot!.querySelector('#results-title')?.textContent?.trim() ?? '';

describe('<place-directory> with an API source', () => {
  it('shows the API’s results and total, pages through them, and sends one request for a word typed at speed', async () => {
    const el = await directory();
    const api = standin({ data: 'sample', latency: 30 });
    el.source = api.source({ debounce: 300 });
    await waitUntil(() => heading(el) === '67 results', 'the API’s total', { timeout: 5000 });
    expect(resultNames(el)).to.have.length(10);
    await expectAccessible(el);

    $(el, '.pagination button').click();
    await waitUntil(() => heading(el).startsWith('67 results, page 2'), 'page 2', { timeout: 5000 });
    expect((await api.searches()).at(-1)!.params).to.deep.include({ page: '2', per_page: '10' });

    $<HTMLInputElement>(el, '#query').focus();
    await sendKeys({ type: 'larder' });
    await waitUntil(() => heading(el) === '1 result', 'the API’s answer for the word', { timeout: 5000 });
    expect(resultNames(el)).to.deep.equal(['Parkhead Community Larder']);
    const searches = (await api.searches()).filter((r) => r.params.search !== undefined);
    expect(searches.map((r) => r.params.search)).to.deep.equal(['larder']);
    await expectAccessible(el);
  });
});
