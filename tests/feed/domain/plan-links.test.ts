import { expect } from '@open-wc/testing';
import {
  isCurrent,
  normalReference,
  opportunitiesFor,
  planHref,
  prioritiesServed,
  priorityOf,
  responsesFor,
  responsesForReference,
  sortedResponses,
  publishesReferences,
} from '../../../src/feed/domain/plan-links.js';
import type { LocalityPlan, Opportunity, PlanResponse } from '../../../src/feed/domain/types.js';

const NOW = new Date('2026-11-22T12:00:00Z');
const opp = (id: string, extra: Partial<Opportunity> = {}): Opportunity => ({ id, kind: 'volunteering', name: id, ...extra });
const response = (id: string, extra: Partial<PlanResponse> = {}): PlanResponse => ({
  id,
  you_said: `said ${id}`,
  we_did: `did ${id}`,
  status: 'done',
  ...extra,
});

const plan: LocalityPlan = {
  id: 'plan-p',
  area_id: 'parkhead',
  title: 'Parkhead plan',
  priorities: [
    {
      id: 'streets',
      title: 'Safer streets',
      opportunity_ids: ['walkabout', 'gone'],
      actions: [{ id: 'lights', title: 'Lights', opportunity_ids: ['survey'] }],
    },
    { id: 'work', title: 'Good work' },
  ],
  responses: [
    response('r1', { status: 'planned', priority_id: 'streets', updated: '2026-10', references: ['3f2a9c41'] }),
    response('r2', { status: 'not_doing', action_id: 'lights', why: 'Too costly' }),
    response('r3', { status: 'done', priority_id: 'streets', updated: '2026-05', references: ['3F2A 9C41', 'AAAA BBBB'] }),
    response('r4', { status: 'done', priority_id: 'nowhere' }),
  ],
};
const other: LocalityPlan = {
  id: 'plan-s',
  area_id: 'springburn',
  title: 'Springburn plan',
  priorities: [],
  responses: [response('s1', { references: ['3F2A-9C41'] })],
};
const opportunities = [
  opp('walkabout'),
  opp('gone', { closing_date: '2026-06-30' }),
  opp('survey', { dates: [{ starts_at: '2027-02-01T10:00:00Z' }] }),
  opp('self-named', { priority_ids: ['work'] }),
  opp('past-event', { priority_ids: ['work'], dates: [{ starts_at: '2026-01-01T10:00:00Z' }] }),
  opp('unrelated'),
];

describe('plan links: how to help', () => {
  it('finds the current opportunities a priority, its actions or the opportunity itself names', () => {
    expect(opportunitiesFor({ opportunities }, plan.priorities[0], NOW).map((o) => o.id)).to.deep.equal(['walkabout', 'survey']);
    expect(opportunitiesFor({ opportunities }, plan.priorities[1], NOW).map((o) => o.id)).to.deep.equal(['self-named']);
  });

  it('says which priorities an opportunity serves, either way round', () => {
    const feed = { locality_plans: [plan, other] };
    expect(prioritiesServed(feed, opportunities[2]).map((x) => x.priority.id)).to.deep.equal(['streets']);
    expect(prioritiesServed(feed, opportunities[3]).map((x) => `${x.plan.id}/${x.priority.id}`)).to.deep.equal(['plan-p/work']);
    expect(prioritiesServed(feed, opportunities[5])).to.deep.equal([]);
  });

  it('is over when its closing date or its last one-off date has passed', () => {
    expect(isCurrent(opp('a', { closing_date: '2026-11-22' }), NOW)).to.equal(true);
    expect(isCurrent(opp('a', { closing_date: '2026-11-21' }), NOW)).to.equal(false);
    expect(isCurrent(opp('a', { dates: [{ starts_at: '2026-11-22T10:00:00Z', ends_at: '2026-11-22T13:00:00Z' }] }), NOW)).to.equal(true);
  });

  it('builds the page’s link to a priority from its pattern, with the ids encoded', () => {
    expect(planHref('/plans/{area}?pp-plan={plan}&pp-open={priority}#{priority}', plan, plan.priorities[0])).to.equal(
      '/plans/parkhead?pp-plan=plan-p&pp-open=streets#streets',
    );
    expect(planHref('/p?x={plan}', { ...plan, id: 'a b&c' }, plan.priorities[0])).to.equal('/p?x=a%20b%26c');
    expect(planHref(undefined, plan, plan.priorities[0])).to.equal(undefined);
  });
});

describe('plan links: you said, we did', () => {
  it('lists done, then planned, then not doing, the latest first', () => {
    expect(sortedResponses(plan.responses!).map((r) => r.id)).to.deep.equal(['r3', 'r4', 'r1', 'r2']);
  });

  it('puts a response under its priority, or its action’s; one naming neither stays at the top only', () => {
    expect(responsesFor(plan, plan.priorities[0]).map((r) => r.id)).to.deep.equal(['r3', 'r1', 'r2']);
    expect(priorityOf(plan, plan.responses![3])).to.equal(undefined);
  });

  it('looks a reference up however it is typed, across plans, and never matches a non-reference', () => {
    for (const typed of ['3F2A 9C41', '3f2a9c41', ' 3F2A-9C41 ']) expect(normalReference(typed), typed).to.equal('3F2A 9C41');
    for (const typed of ['', '3F2A', '3F2A 9C41 X', 'javascript:']) expect(normalReference(typed), typed).to.equal(undefined);
    const found = responsesForReference([plan, other], '3f2a 9c41');
    expect(found.map((f) => `${f.plan.id}/${f.response.id}`)).to.deep.equal(['plan-p/r3', 'plan-p/r1', 'plan-s/s1']);
    expect(responsesForReference([plan, other], 'ZZZZ ZZZZ')).to.deep.equal([]);
    expect(responsesForReference([plan, other], 'nonsense')).to.deep.equal([]);
    expect(publishesReferences([plan])).to.equal(true);
    expect(publishesReferences([{ ...plan, responses: [response('x')] }])).to.equal(false);
  });
});
