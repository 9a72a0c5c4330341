// Closing the loop (issue 20): which opportunities and services serve each plan priority, "you said, we
// did" for each plan, the Place Standard form and the areas' published Place Standard results. All of it
// is invented for the sample. Feedback references are made-up codes in the shape residents are shown
// (`ABCD 1234`); `3F2A 9C41` contributed to two Parkhead responses, `7B1D 04E8` to one in Springburn.

const ENDPOINT = 'http://localhost:8787/submissions';
const PARTNERSHIP = 'the North East Sample Community Planning Partnership (a fictional partnership used for demonstration)';

/** Priority (by area and key) → the opportunities and services that serve it, by sample key. */
export const SERVED_BY = {
  parkhead: {
    'best-start': { services: ['croileagan-ceann-na-pairce', 'salamanca-stay-and-play', 'little-steps-baby-bank'] },
    'good-work': { opportunities: ['digital-champion', 'easterhouse-jobs-fair'], services: ['workready-employability', 'digital-doorstep-drop-in'] },
    'safer-streets': { opportunities: ['parkhead-cross-streets-consultation'] },
    'have-a-say': { opportunities: ['parkhead-community-forum', 'community-panel', 'locality-plan-refresh-survey'] },
  },
  springburn: {
    'older-people': { opportunities: ['befriending-volunteer', 'digital-champion'], services: ['springburn-memory-cafe', 'balgrayhill-befriending'] },
    'young-people': { opportunities: ['springburn-park-play-consultation'], services: ['springburn-youth-hub'] },
    'green-spaces': { opportunities: ['springburn-spring-clean'], services: ['springburn-park-health-walks'] },
    'good-work': { opportunities: ['easterhouse-jobs-fair'], services: ['springburn-job-club'] },
  },
  easterhouse: {
    'young-people': { opportunities: ['youth-football-coach', 'easterhouse-youth-voice'], services: ['easterhouse-youth-hub'] },
    'safer-streets': { opportunities: ['easterhouse-community-budget'] },
    'healthier-lives': { services: ['all-ability-cycling', 'easterhouse-recovery-cafe'] },
  },
};

/** Opportunities that name the priorities they serve themselves (the other direction): opportunity key → [area, priority key]. */
export const SERVES = {
  'springburn-residents-network': [['springburn', 'young-people']],
  'parkhead-gala-day': [['parkhead', 'have-a-say']],
};

/** When each plan's latest progress report was published. */
export const PROGRESS_REPORT_DATE = '2026-06';

/** "You said, we did", by area. `priority` and `action` are sample keys. */
export const RESPONSES = {
  parkhead: [
    {
      key: 'bus-shelters',
      you_said: 'The bus stops on Gallowgate need shelters and seats: older people wait in the rain.',
      count: 64,
      gathered_from: '2026-03',
      gathered_to: '2026-05',
      gathered_by: ['survey', 'street_stall'],
      we_did: 'Four new shelters with seats were put up on Gallowgate in September 2026.',
      status: 'done',
      updated: '2026-09',
      priority: 'safer-streets',
      references: ['3F2A 9C41', 'A0C3 17D2', '5E9B 2F60'],
    },
    {
      key: 'evening-groups',
      you_said: 'Parent and toddler groups only run in the morning, when working parents cannot come.',
      count: 38,
      gathered_from: '2026-03',
      gathered_to: '2026-05',
      gathered_by: ['survey', 'form'],
      we_did: 'The third new group will meet on Tuesday evenings from 2027.',
      status: 'planned',
      updated: '2026-10',
      priority: 'best-start',
      action: 'toddler-places',
      references: ['3F2A 9C41', 'C4D8 90A1'],
    },
    {
      key: 'street-lighting',
      you_said: 'The lane behind Duke Street is dark and people avoid it at night.',
      count: 27,
      gathered_from: '2026-04',
      gathered_by: ['street_stall', 'meeting'],
      we_did: 'Brighter, warmer lights were fitted along the whole lane.',
      status: 'done',
      updated: '2026-08',
      priority: 'safer-streets',
    },
    {
      key: 'swimming-pool',
      you_said: 'Reopen the old swimming baths on Tollcross Road.',
      count: 51,
      gathered_from: '2026-03',
      gathered_to: '2026-05',
      gathered_by: ['survey', 'place_standard'],
      we_did: 'We will not reopen the baths.',
      status: 'not_doing',
      why: 'The building is unsafe and repairing it would cost more than the whole plan’s budget for six years. Instead, free swimming sessions for under-18s started at the East End Leisure Centre, a 10 minute bus ride away.',
      updated: '2026-10',
      priority: 'best-start',
    },
    {
      key: 'forum-times',
      you_said: 'Hold the community forum at different times so more people can come.',
      count: 12,
      gathered_from: '2026-05',
      gathered_by: ['meeting'],
      we_did: 'The forum now meets on alternate Tuesday evenings and Saturday mornings.',
      status: 'done',
      updated: '2026-07',
      priority: 'have-a-say',
    },
  ],
  springburn: [
    {
      key: 'lonely-winter',
      you_said: 'Winter is the loneliest time for older people living alone.',
      count: 43,
      gathered_from: '2026-01',
      gathered_to: '2026-02',
      gathered_by: ['survey', 'event'],
      we_did: 'A warm welcome space runs every weekday from November to March, with lunch on Fridays.',
      status: 'done',
      updated: '2026-11',
      priority: 'older-people',
      references: ['7B1D 04E8'],
    },
    {
      key: 'park-toilets',
      you_said: 'Springburn Park needs toilets that are open when the park is busy.',
      count: 29,
      gathered_from: '2026-05',
      gathered_by: ['street_stall', 'place_standard'],
      we_did: 'Toilets at the Winter Gardens will open at weekends from April 2027.',
      status: 'planned',
      updated: '2026-10',
      priority: 'green-spaces',
    },
  ],
  easterhouse: [
    {
      key: 'youth-space',
      you_said: 'Young people have nowhere to go on Friday nights.',
      count: 57,
      gathered_from: '2026-02',
      gathered_to: '2026-03',
      gathered_by: ['survey', 'meeting'],
      we_did: 'The youth hub opens until 10pm on Fridays, run with young people from Easterhouse Youth Voice.',
      status: 'done',
      updated: '2026-09',
      priority: 'young-people',
    },
  ],
};

/** The Place Standard's 14 themes, in the tool's order, with its questions. */
const THEMES = [
  ['moving_around', 'Moving around', 'Can I easily walk, wheel and cycle around using good-quality routes?'],
  ['public_transport', 'Public transport', 'Does public transport meet my needs?'],
  ['traffic_parking', 'Traffic and parking', 'Do traffic and parking arrangements allow people to move around safely and meet the community’s needs?'],
  ['streets_spaces', 'Streets and spaces', 'Do buildings, streets and public spaces create an attractive place that is easy to get around?'],
  ['natural_space', 'Natural space', 'Can I regularly experience good-quality natural space?'],
  ['play_recreation', 'Play and recreation', 'Can I access a range of spaces with opportunities for play and recreation?'],
  ['facilities_services', 'Facilities and services', 'Do facilities and services meet my needs?'],
  ['work_economy', 'Work and local economy', 'Is there an active local economy and the opportunity to access good-quality work?'],
  ['housing_community', 'Housing and community', 'Do the homes in my area support the needs of the community?'],
  ['social_contact', 'Social contact', 'Is there a range of spaces and opportunities to meet people?'],
  ['identity_belonging', 'Identity and belonging', 'Does this place have a positive identity and do I feel I belong?'],
  ['feeling_safe', 'Feeling safe', 'Do I feel safe here?'],
  ['care_maintenance', 'Care and maintenance', 'Are buildings and spaces well cared for?'],
  ['influence_control', 'Influence and sense of control', 'Do I feel able to take part in decisions and help change things for the better?'],
];

export const PLACE_STANDARD_FORM = {
  id: 'place-standard',
  title: 'How good is your place? The Place Standard',
  introduction:
    'Rate 14 things about the place where you live, from 1 (a lot of room for improvement) to 7 (very little room for improvement), and tell us what is good and what could be better. Answer as many as you like: you can skip any. It takes about 15 minutes.',
  privacy_notice: `Your answers go to ${PARTNERSHIP}. We add them up with everyone else’s to see how people rate each part of the neighbourhood, and publish only the totals, never your answers or your name. We keep your answers for 12 months and then delete them.`,
  place_standard: {
    themes: THEMES.map(([id, name, question]) => ({ id, name, question })),
    scale: { min: 1, max: 7, min_label: 'A lot of room for improvement', max_label: 'Very little room for improvement' },
    layout: 'one_at_a_time',
  },
  questions: [
    {
      id: 'years-here',
      kind: 'single_choice',
      label: 'How long have you lived or worked here?',
      options: [
        { value: 'under-2', label: 'Less than 2 years' },
        { value: '2-10', label: '2 to 10 years' },
        { value: 'over-10', label: 'More than 10 years' },
      ],
    },
  ],
  confirmation: {
    title: 'Thank you: your ratings have been sent',
    message: 'Your ratings are added to everyone else’s. The results for your neighbourhood are published beside its Locality Plan.',
  },
  submit_label: 'Send my ratings',
  endpoint: ENDPOINT,
};

/** Published results: [median, lower quartile, upper quartile] per theme, in THEMES order. */
const RESULTS = [
  {
    area: 'parkhead',
    participants: 212,
    gathered_from: '2026-03',
    gathered_to: '2026-05',
    how_gathered: 'On paper at street stalls and the community forum, and online.',
    themes: [
      [5, 4, 6],
      [5, 4, 6],
      [3, 2, 4],
      [3, 2, 4],
      [4, 3, 5],
      [3, 2, 4],
      [4, 3, 5],
      [2, 2, 3],
      [3, 2, 4],
      [4, 3, 5],
      [5, 4, 6],
      [3, 2, 4],
      [2, 1, 3],
      [2, 1, 3],
    ],
  },
  {
    area: 'springburn',
    participants: 148,
    gathered_from: '2026-04',
    gathered_to: '2026-06',
    how_gathered: 'Online and at the Winter Gardens open day.',
    themes: [
      [4, 3, 5],
      [4, 3, 5],
      [4, 3, 5],
      [3, 3, 4],
      [6, 5, 7],
      [5, 4, 6],
      [3, 2, 4],
      [3, 2, 4],
      [4, 3, 5],
      [3, 2, 4],
      [4, 3, 6],
      [4, 3, 5],
      [3, 2, 4],
      [3, 2, 3],
    ],
  },
];

/** The results as the feed publishes them; `planId(area)` gives the plan each informed. */
export function placeStandardResults(planId) {
  return RESULTS.map((r) => ({
    id: `place-standard-${r.area}-2026`,
    area_id: r.area,
    form_id: PLACE_STANDARD_FORM.id,
    plan_ids: [planId(r.area)],
    participants: r.participants,
    gathered_from: r.gathered_from,
    gathered_to: r.gathered_to,
    how_gathered: r.how_gathered,
    themes: r.themes.map(([median, lower_quartile, upper_quartile], i) => ({ id: THEMES[i][0], name: THEMES[i][1], median, lower_quartile, upper_quartile })),
  }));
}
