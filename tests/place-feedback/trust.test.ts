/**
 * Issue 17 in the form: its heading and its first question never say the same words back to back. A
 * first question that says what the title says is the heading (GOV.UK's "question as heading"), on screen
 * and in the accessibility tree; a form whose first question says something else keeps its own title.
 */
import { expect } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import { expectAccessible } from '../support/axe.js';
import { $, $$, feedbackWith, formFeed, send, text, useStandIn } from './helpers.js';

interface A11yNode {
  role?: string;
  name?: string;
  children?: A11yNode[];
}

/** Every node of one role in the accessibility tree, by name. */
async function named(role: string): Promise<string[]> {
  const tree = (await a11ySnapshot({})) as unknown as A11yNode;
  const found = (node: A11yNode): string[] => [...(node.role === role ? [node.name ?? ''] : []), ...(node.children ?? []).flatMap(found)];
  return found(tree);
}

const form = (first: Record<string, unknown>, title = 'Was this page useful?') => ({
  id: 'one',
  title,
  introduction: 'Two questions, then send.',
  privacy_notice: 'The Test Partnership reads your answers.',
  questions: [
    { ...first, required: true },
    { id: 'better', kind: 'long_text', label: 'How could we make this page better?' },
  ],
  endpoint: 'https://feedback.example.org/submissions',
});

describe('<place-feedback>: the heading and the first question', () => {
  for (const [kind, first] of [
    ['yes or no', { id: 'useful', kind: 'yes_no', label: 'Was this page useful?' }],
    [
      'one choice',
      {
        id: 'useful',
        kind: 'single_choice',
        label: 'was this page USEFUL',
        options: [
          { value: 'a', label: 'Very' },
          { value: 'b', label: 'Not much' },
        ],
      },
    ],
    ['a text box', { id: 'useful', kind: 'short_text', label: 'Was this page useful?' }],
  ] as const) {
    it(`says the title once when the first question (${kind}) repeats it: the question is the heading`, async () => {
      useStandIn();
      const el = await feedbackWith({ form: 'one' }, formFeed([form(first)]));
      const shown = $(el, 'form').innerText;
      expect(shown.match(/was this page useful/gi), shown).to.have.length(1);
      // The heading is at the element's level, and it is the question's label or legend.
      const title = $(el, '.title.h');
      expect(title.localName).to.equal('h2');
      expect(title.closest('legend, label') ?? title.querySelector('label'), 'the heading holds the question').not.to.equal(null);
      // The introduction and privacy notice follow the question, under the heading.
      const order = $$(el, '.title.h, .privacy, [data-question]').map((n) => n.getAttribute('data-question') ?? n.className.split(' ')[0]);
      expect(order).to.deep.equal(['useful', 'title', 'notice', 'better']);
      // In the accessibility tree: one heading with the words, and the question still names its field.
      expect((await named('heading')).filter((n) => /useful/i.test(n))).to.have.length(1);
      if (kind === 'a text box') expect((await named('textbox')).filter((n) => /useful/i.test(n))).to.have.length(1);
      else expect($(el, 'fieldset#q-useful > legend > .title.h')).to.equal(title);
      await expectAccessible(el);
      // Errors still link to the question and the form still names itself by its title.
      await send(el);
      expect(text($(el, '.error-summary'))).to.match(/useful/i);
      expect($(el, 'form').getAttribute('aria-labelledby')).to.equal('title');
      await expectAccessible(el);
    });
  }

  it('keeps its own title above the privacy notice when the first question says something else', async () => {
    useStandIn();
    const el = await feedbackWith({ form: 'one' }, formFeed([form({ id: 'useful', kind: 'yes_no', label: 'Did you find what you needed?' })]));
    const order = $$(el, '.title.h, .privacy, [data-question]').map((n) => n.getAttribute('data-question') ?? n.className.split(' ')[0]);
    expect(order).to.deep.equal(['title', 'notice', 'useful', 'better']);
    expect(text($(el, '#q-useful legend'))).to.equal('Did you find what you needed?');
  });
});
