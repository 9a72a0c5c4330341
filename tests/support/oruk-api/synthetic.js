/**
 * Synthetic feeds for the benchmarks and the Open Referral UK API stand-in (plain JavaScript: node, the
 * test runner's server, the bench and the browser run the same generator, so feed mode and API mode are
 * measured on the same records). `syntheticFeed(size, seed)` gives the same feed every time for the
 * same arguments, with realistic lengths and field mixes (names of 2 to 7 words, descriptions of 15 to 90
 * words, one to three locations, a few schedules, categories, costs, ages, phones), so search and
 * parsing are measured on data shaped like a council's.
 */

/** A small, fast, seeded generator (mulberry32). */
export function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const CATEGORIES = [
  'Food and essentials',
  'Money and benefits advice',
  'Health and wellbeing',
  'Mental health',
  'Children and families',
  'Young people',
  'Older people',
  'Disability and independent living',
  'Employment and skills',
  'Housing and homelessness',
  'Sport and physical activity',
  'Arts, culture and Gàidhlig',
  'Learning and digital skills',
];

const SUBJECTS = [
  'food bank',
  'community pantry',
  'lunch club',
  'welfare rights',
  'debt advice',
  'benefits check',
  'walking group',
  "men's shed",
  'carers centre',
  'counselling',
  'peer support',
  'toddler group',
  'breakfast club',
  'youth club',
  'homework club',
  'memory café',
  'befriending',
  'tea dance',
  'wheelchair service',
  'employability',
  'CV workshop',
  'job club',
  'tenancy support',
  'night shelter',
  'football',
  'swimming',
  'boxing club',
  'yoga',
  'choir',
  'ceilidh',
  'Gàidhlig conversation',
  'art class',
  'digital drop-in',
  'ESOL class',
  'library',
  'repair café',
  'community garden',
  'credit union',
  'energy advice',
  'furniture bank',
];
const PLACES = [
  'Parkhead',
  'Springburn',
  'Easterhouse',
  'Dalmarnock',
  'Royston',
  'Barlanark',
  'Cranhill',
  'Ruchazie',
  'Carntyne',
  'Balornock',
  'Sighthill',
  'Garthamlock',
];
const ADJECTIVES = [
  'Community',
  'Family',
  'Neighbourhood',
  'Local',
  'Friendly',
  'Free',
  'Weekly',
  'North East',
  'Open',
  'Together',
  'Bright Start',
  'Second Chance',
];
const WORDS = (
  'help support advice free local people families children young older residents community drop in weekly sessions volunteers ' +
  'friendly safe welcoming confidential trained staff appointment referral needed bring photo identification wheelchair access ' +
  'accessible building hearing loop interpreters available languages spoken Polish Urdu Arabic Gàidhlig British Sign Language ' +
  'meals hot food fresh fruit vegetables toiletries clothing school uniforms energy bills debts benefits universal credit housing ' +
  'tenancy rent arrears mental health wellbeing anxiety loneliness isolation carers dementia memory exercise walking football ' +
  'swimming music singing art crafts computers internet phone tablet skills learning English qualifications jobs interviews'
).split(' ');
const STREETS = [
  'Duke Street',
  'Westmuir Street',
  'Gallowgate',
  'Springburn Road',
  'Balgrayhill Road',
  'Westerhouse Road',
  'Shandwick Street',
  'Tollcross Road',
  'Royston Road',
  'Cumbernauld Road',
];
const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

export function syntheticFeed(size, seed = 42) {
  const rand = random(seed);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const int = (min, max) => min + Math.floor(rand() * (max - min + 1));
  const id = (prefix, n) =>
    `${prefix}-${n.toString(16).padStart(8, '0')}-${Math.floor(rand() * 0xffff)
      .toString(16)
      .padStart(4, '0')}`;
  const sentence = (min, max) => {
    const words = Array.from({ length: int(min, max) }, () => pick(WORDS));
    words[0] = words[0][0].toUpperCase() + words[0].slice(1);
    return `${words.join(' ')}.`;
  };
  const terms = CATEGORIES.map((name, i) => ({ id: `cat-${i}`, name, taxonomy: 'synthetic' }));
  const services = Array.from({ length: size }, (_, n) => {
    const place = pick(PLACES);
    const subject = pick(SUBJECTS);
    const name =
      rand() < 0.5
        ? `${place} ${subject}`
        : `${pick(ADJECTIVES)} ${subject}${rand() < 0.4 ? ` ${place}` : ''}${rand() < 0.2 ? ' for families and carers' : ''}`;
    const locations = Array.from({ length: rand() < 0.8 ? 1 : int(2, 3) }, (_, l) => ({
      id: id('loc', n * 4 + l),
      name: `${place} ${pick(['Community Centre', 'Library', 'Church Hall', 'Hub', 'Health Centre'])}`,
      latitude: 55.83 + rand() * 0.08,
      longitude: -4.28 + rand() * 0.2,
      addresses: [
        {
          address_1: `${int(1, 400)} ${pick(STREETS)}`,
          city: 'Glasgow',
          postal_code: `G${pick(['21', '31', '32', '33', '34'])} ${int(1, 9)}${pick(['A', 'B', 'D', 'E', 'F'])}${pick(['A', 'B', 'D', 'E', 'F'])}`,
          country: 'GB',
        },
      ],
    }));
    const schedules = Array.from({ length: int(0, 3) }, () => {
      const opens = int(7, 18);
      return {
        freq: 'WEEKLY',
        byday: DAYS.filter(() => rand() < 0.45).join(',') || 'MO',
        opens_at: `${String(opens).padStart(2, '0')}:00`,
        closes_at: `${String(Math.min(23, opens + int(1, 8))).padStart(2, '0')}:${pick(['00', '30'])}`,
      };
    });
    const category = pick(terms);
    const free = rand() < 0.6;
    return {
      id: id('svc', n),
      name,
      description: Array.from({ length: int(1, 5) }, () => sentence(8, 20)).join(' '),
      status: 'active',
      url: `https://example.org/services/${n}`,
      email: `service${n}@example.org`,
      organization: { id: id('org', n % 997), name: `${pick(ADJECTIVES)} ${pick(PLACES)} ${pick(['Trust', 'Association', 'Project', 'Partnership', 'SCIO'])}` },
      phones: [{ number: `0141 496 0${String(n % 1000).padStart(3, '0')}` }],
      schedules,
      service_at_locations: locations.map((location) => ({ id: `sal-${location.id}`, location })),
      attributes: [{ taxonomy_term: category }, ...(rand() < 0.3 ? [{ taxonomy_term: pick(terms) }] : [])],
      cost_options: free ? [{ option: 'Free', amount: 0, currency: 'GBP' }] : [{ option: 'Per session', amount: int(1, 10) + 0.5, currency: 'GBP' }],
      ...(rand() < 0.4 && { minimum_age: pick([0, 5, 12, 16, 18, 65]), maximum_age: pick([8, 18, 25, 120]) }),
      assured_date: `202${int(4, 6)}-0${int(1, 9)}-1${int(0, 9)}`,
    };
  });
  return {
    format_version: '1.0',
    publisher: { name: 'Synthetic benchmark partnership' },
    updated: '2026-11-01T09:00:00Z',
    areas: PLACES.slice(0, 3).map((name, i) => ({ id: name.toLowerCase(), name, postcode_districts: [['G31', 'G21', 'G34'][i]] })),
    taxonomy_terms: terms,
    services,
  };
}
