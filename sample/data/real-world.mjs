// Services written the way live Open Referral UK directories write them (compare the real Bristol records
// in tests/fixtures/real-oruk-bristol/): descriptions pasted from a CMS editor as HTML (<p>, <br>, <ul>,
// headings, &nbsp; and &amp;, inline styles), empty strings for values the publisher left blank, phone
// numbers under contacts rather than on the service, costs with dates (one that has ended, one still to
// come), no opening-times schedule, and a service that covers areas without a building of its own.
// Fictional, like the rest of the sample; make-feed.mjs adds ids, the organisation and the venues.
//
// key, org, categories and at (venue keys) as in services.mjs; every other field is the record's own.

export const REAL_WORLD_SERVICES = [
  {
    key: 'springburn-community-fridge',
    name: 'Springburn Community Fridge',
    org: 'springburn-fridge',
    categories: ['food'],
    at: ['s-church-hall'],
    alternate_name: '',
    description:
      '<h1>About us</h1>\n\n<p><span style="font-family:Calibri,sans-serif;font-size:11pt">Springburn Community Fridge shares good food that shops and caf&eacute;s would otherwise throw away.&nbsp;</span></p>\n\n<p>Everyone is welcome: there is no referral and no charge.<br>\nBring a bag if you can.</p>\n\n<ul>\n<li>Fresh fruit &amp; vegetables</li>\n<li>Bread, dairy and chilled food</li>\n<li>Tea, coffee &amp; a chat</li>\n</ul>\n\n<h1>When to come</h1>\n\n<p>Drop in on <strong>Tuesdays and Fridays, 11am to 1pm</strong>. What we have changes every week: see <a href="https://example.org/springburn-fridge/whats-on" target="_blank" style="color:#0000ff">our what&rsquo;s on page</a>.</p>\n\n<p>&nbsp;</p>',
    alert: '',
    fees_description: '',
    accreditations: '',
    eligibility_description: '<p>Open to everyone. You do <em>not</em> need to live in Springburn.</p>',
    contacts: [{ name: '', title: '', phones: [{ number: '0141 496 0601' }] }],
    assured_date: '2026-09-14',
  },
  {
    key: 'blairtummock-community-gym',
    name: 'Blairtummock Community Gym',
    org: 'active-ne',
    categories: ['sport'],
    at: ['e-sports'],
    description:
      '<p>A friendly, low-cost gym in Blairtummock Sports Hall with cardio machines, free weights and a quiet stretching room.</p><p><strong>You need an induction before your first session.</strong> Inductions take about 45 minutes.</p>',
    application_process: '<p>Book an induction by phone or at reception.&nbsp; Bring the documents below to your induction.</p>',
    required_documents: [{ document: 'Photo ID' }, { document: 'Proof of benefits, for the concession rate' }],
    eligibility_description:
      '<p>For people aged 16 and over. Under-18s need a parent&rsquo;s or carer&rsquo;s consent form, which you get at the induction.</p>',
    minimum_age: 16,
    fees_description: '<p>Pay monthly by card or cash at reception. No joining fee.</p>',
    cost_options: [
      { option: 'Monthly membership', amount: 25, currency: 'GBP', valid_to: '2022-03-31' },
      { option: 'Monthly membership', amount: 20, currency: 'GBP', valid_from: '2022-04-01' },
      { option: 'Concession', amount: 10, currency: 'GBP', amount_description: 'a month, for people on benefits' },
      { option: 'Monthly membership', amount: 22, currency: 'GBP', valid_from: '2028-04-01' },
    ],
    accreditations: 'Community Sport Hub (fictional accreditation)',
    schedules: [
      { freq: 'WEEKLY', byday: 'MO,TU,WE,TH,FR', opens_at: '07:00', closes_at: '21:00' },
      { freq: 'WEEKLY', byday: 'SA,SU', opens_at: '09:00', closes_at: '16:00' },
    ],
    contacts: [{ name: 'Jordan Fictional-MacLeod', title: 'Gym coordinator', email: 'gym@example.com', phones: [{ number: '0141 496 0602' }] }],
    assured_date: '2026-10-20',
  },
  {
    key: 'north-east-carers-link',
    name: 'North East Carers Link',
    org: 'carers-link',
    categories: ['health', 'disability'],
    serves: ['parkhead', 'springburn', 'easterhouse'],
    description:
      '<h2>Who we help</h2>\r\n<p>North East Carers Link supports unpaid carers of all ages: anyone who looks after a family member, partner or friend who could not manage without them.</p>\r\n<h2>What we offer</h2>\r\n<ul><li>A <b>carer&#39;s support plan</b> with one of our workers</li><li>Help to apply for Carer&rsquo;s Allowance and other benefits</li><li>Short breaks and peer support groups</li></ul>\r\n<p>We visit you at home, or meet you somewhere local.</p>',
    application_process: 'Refer yourself by phone or email, or ask your GP, social worker or health visitor to refer you.',
    alert: '',
    interpretation_services: 'Interpreters can be arranged, including British Sign Language.',
    contacts: [
      { name: '', title: '', phones: [{ number: '0141 496 0603' }, { number: '07700 900 601', type: 'text', description: 'texts only' }] },
      {
        name: 'Morven Fictional',
        title: 'Young carers worker',
        department: 'Carers centre',
        email: 'young-carers@example.org',
        phones: [{ number: '0141 496 0604' }],
      },
    ],
    organization_phones: [{ number: '0141 496 0603' }, { number: '0141 496 0605', description: 'office' }],
    assured_date: '2026-08-03',
  },
];
