/**
 * The hostile-feed corpus (tests/fixtures/hostile-feed.json) as feeds: each case's value put into one field
 * of a record that is otherwise good. Shared by the browser test (every element) and the node test
 * (`placekit validate`), so both meet exactly the same values. Plain JavaScript (node tests cannot import
 * TypeScript); hostile-feed.d.ts gives the browser tests its types.
 */

/** A case's value, its generators expanded (see the corpus's README). */
export function expand(value) {
  if (Array.isArray(value)) return value.map(expand);
  if (value === null || typeof value !== 'object') return value;
  if ('$repeat' in value) return value.$repeat.repeat(value.times);
  if ('$concat' in value) return value.$concat.map(expand).join('');
  if ('$array' in value) return Array.from({ length: value.$array }, () => expand(value.of));
  if ('$deep' in value) {
    let deep = 'bottom';
    for (let i = 0; i < value.$deep; i++) deep = value.in === 'object' ? { inner: deep } : [deep];
    return deep;
  }
  // Own keys only, __proto__ included as a field (JSON.parse reads it so, a literal would not).
  const out = {};
  for (const key of Object.keys(value)) Object.defineProperty(out, key, { value: expand(value[key]), enumerable: true, writable: true, configurable: true });
  return out;
}

/**
 * JSON text for a value, however deep (JSON.stringify recurses, and overflows on a value 5,000 levels deep):
 * the same text JSON.stringify gives, built with a stack of its own.
 */
export function toJson(value) {
  const out = [];
  const stack = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item === 'object' && item !== null && 'raw' in item && item.raw === RAW) {
      out.push(item.text);
    } else if (Array.isArray(item)) {
      stack.push({ raw: RAW, text: ']' });
      for (let i = item.length - 1; i >= 0; i--) {
        stack.push(item[i] === undefined ? null : item[i]);
        if (i > 0) stack.push({ raw: RAW, text: ',' });
      }
      out.push('[');
    } else if (typeof item === 'object' && item !== null) {
      const keys = Object.keys(item).filter((key) => item[key] !== undefined);
      stack.push({ raw: RAW, text: '}' });
      for (let i = keys.length - 1; i >= 0; i--) {
        stack.push(item[keys[i]]);
        stack.push({ raw: RAW, text: `${i > 0 ? ',' : ''}${JSON.stringify(keys[i])}:` });
      }
      out.push('{');
    } else {
      out.push(JSON.stringify(item) ?? 'null');
    }
  }
  return out.join('');
}
const RAW = Symbol('raw');

/** The section each kind of record lives in. */
export const SECTION = {
  service: 'services',
  opportunity: 'opportunities',
  area: 'areas',
  plan: 'locality_plans',
  connector: 'connectors',
  form: 'feedback_forms',
};

/** A good record of each kind, with the id given: every field a case names exists in it. */
export function goodRecord(kind, id) {
  switch (kind) {
    case 'service':
      return {
        id,
        name: `Service ${id}`,
        description: 'A good service.',
        url: 'https://example.org/service',
        email: 'desk@example.org',
        minimum_age: 16,
        organization: { name: 'Good organisation' },
        phones: [{ number: '0141 496 0000', description: 'Main line' }],
        schedules: [{ freq: 'WEEKLY', byday: 'MO,TU', opens_at: '09:00', closes_at: '17:00' }],
        cost_options: [{ amount: 5, currency: 'GBP', option: 'Per session' }],
        service_at_locations: [
          { location: { name: 'Hall', latitude: 55.85, longitude: -4.2, addresses: [{ address_1: '1 Main Street', postal_code: 'G31 1AA' }] } },
        ],
        attributes: [{ taxonomy_term_id: 'food' }],
        languages: [{ name: 'English' }],
      };
    case 'opportunity':
      return { id, kind: 'volunteering', name: `Opportunity ${id}`, description: 'Help out.', url: 'https://example.org/volunteer', area_ids: ['riverside'] };
    case 'area':
      return { id, name: `Area ${id}`, postcode_districts: ['G40'] };
    case 'plan':
      return {
        id,
        area_id: 'riverside',
        title: `Plan ${id}`,
        summary: 'What we will do.',
        period_start: '2025',
        period_end: '2028',
        document_url: 'https://example.org/plan.pdf',
        priorities: [
          {
            id: 'housing',
            title: 'Warm homes',
            why: 'Because it matters.',
            actions: [{ id: 'insulate', title: 'Insulate homes', status: 'on_track', description: 'Loft insulation.' }],
            indicators: [
              {
                id: 'homes',
                title: 'Homes insulated',
                unit: 'count',
                direction: 'up',
                source_url: 'https://example.org/data',
                baseline: { date: '2024', value: 10 },
                target: { date: '2028', value: 50 },
                values: [{ date: '2025', value: 20 }],
              },
            ],
          },
        ],
      };
    case 'connector':
      return {
        id,
        name: `Connector ${id}`,
        role: 'community_connector',
        area_ids: ['riverside'],
        description: 'I can help.',
        phones: [{ number: '0141 496 0001', type: 'voice' }],
        email: 'connector@example.org',
        photo: { url: 'https://photos.example.org/connector.jpg', alt: 'A photo' },
        help_with: ['Food'],
        links: [{ label: 'Website', url: 'https://example.org/' }],
        booking_url: 'https://example.org/book',
      };
    case 'form':
      return {
        id,
        title: `Form ${id}`,
        privacy_notice: 'We keep answers for a year.',
        endpoint: 'https://feedback.example.org/submissions',
        questions: [
          { id: 'useful', kind: 'rating', label: 'How useful was this?', scale: { min: 1, max: 5 } },
          {
            id: 'pick',
            kind: 'single_choice',
            label: 'Pick one',
            options: [
              { value: 'a', label: 'A' },
              { value: 'b', label: 'B' },
            ],
          },
          { id: 'tell', kind: 'long_text', label: 'Tell us more' },
        ],
      };
    default:
      throw new Error(`no record of kind ${kind}`);
  }
}

/** A feed with one good record of each kind (ids `good-…`). */
export function baseFeed() {
  return {
    format_version: '1.0',
    publisher: { name: 'Hostile Test Partnership', website: 'https://example.org/' },
    updated: '2026-11-01T09:00:00Z',
    areas: [{ id: 'riverside', name: 'Riverside', postcode_districts: ['G31'] }],
    taxonomy_terms: [{ id: 'food', name: 'Food' }],
    services: [goodRecord('service', 'good-service')],
    opportunities: [goodRecord('opportunity', 'good-opportunity')],
    locality_plans: [goodRecord('plan', 'good-plan')],
    connectors: [goodRecord('connector', 'good-connector')],
    feedback_forms: [goodRecord('form', 'good-form')],
  };
}

/** Puts `value` at a dotted `path` (`cost_options.0.currency`) inside `target`, as its own property. */
function setPath(target, path, value) {
  const keys = path.split('.');
  let node = target;
  for (const key of keys.slice(0, -1)) node = node[key];
  const last = keys[keys.length - 1];
  if (value === null && !Array.isArray(node)) delete node[last];
  else Object.defineProperty(node, last, { value, enumerable: true, writable: true, configurable: true });
}

/** `cost_options.0.currency` as a feed path: `cost_options[0].currency`. */
export const feedPath = (path) => path.replace(/\.(\d+)(?=\.|$)/g, '[$1]');

/**
 * Every case as placed: the record cases all in one feed (`feed`), each in a record of its own, and
 * each case about the publisher or the feed itself in a feed of its own (`alone`). For each case: where
 * its record is (`section`, `index`, `id`), and the path placekit validate must name (`at`).
 */
export function hostileFeeds(cases) {
  const feed = baseFeed();
  const placed = [];
  cases.forEach((hostile, n) => {
    const value = expand(hostile.value);
    if (hostile.kind === 'publisher' || hostile.kind === 'feed') {
      let alone = baseFeed();
      if (hostile.kind === 'publisher') setPath(alone.publisher, hostile.path, value);
      else if (hostile.path === '') alone = value;
      else setPath(alone, hostile.path, value);
      const at = hostile.kind === 'publisher' ? `publisher.${feedPath(hostile.reported ?? hostile.path)}` : feedPath(hostile.path);
      placed.push({ hostile, alone, at });
      return;
    }
    const section = SECTION[hostile.kind];
    const id = hostile.path === 'id' && typeof value === 'string' && value.length < 100 ? value : `${hostile.kind}-${n}`;
    const record = goodRecord(hostile.kind, `${hostile.kind}-${n}`);
    if (hostile.key !== undefined) Object.defineProperty(record, hostile.key, { value, enumerable: true, writable: true, configurable: true });
    else setPath(record, hostile.path, value);
    const index = feed[section].push(record) - 1;
    const at =
      hostile.key !== undefined
        ? `${section}[*]${/^[A-Za-z_][A-Za-z0-9_]*$/.test(hostile.key) ? `.${hostile.key}` : `[${JSON.stringify(hostile.key.slice(0, 60))}`}`
        : `${section}[${index}].${feedPath(hostile.reported ?? hostile.path)}`;
    placed.push({ hostile, section, index, id, at });
  });
  return { feed, placed };
}
