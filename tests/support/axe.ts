/**
 * axe-core with the WCAG 2.0, 2.1 and 2.2 A and AA rules, failing with a readable list of violations.
 */
import { expect } from '@open-wc/testing';

interface AxeResult {
  violations: Array<{ id: string; impact: string; help: string; nodes: Array<{ target: string[]; failureSummary: string }> }>;
}
interface Axe {
  run(context: Element | Document, options: object): Promise<AxeResult>;
}

let loading: Promise<Axe> | undefined;

function axe(): Promise<Axe> {
  loading ??= import('axe-core/axe.min.js' as string).then(() => (window as unknown as { axe: Axe }).axe);
  return loading;
}

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** Fails when axe finds any WCAG A or AA violation in `element` (its shadow roots included). */
export async function expectAccessible(element: Element): Promise<void> {
  const result = await (await axe()).run(element, { runOnly: { type: 'tag', values: WCAG_TAGS }, resultTypes: ['violations'] });
  const problems = result.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    at ${n.target.join(' > ')}: ${n.failureSummary}`).join('\n')}`,
  );
  expect(problems, problems.join('\n')).to.deep.equal([]);
}
