/**
 * Deterministic damage to records, for the tests that hold a fast check to zod.
 */
/** Deterministic pseudo-random numbers, so a failure can be replayed. */
export function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ODD_VALUES: unknown[] = [
  null,
  undefined,
  '',
  ' ',
  '\u00a0',
  'x',
  '9am',
  '24:00',
  '25:00',
  '10:00Z',
  '09:00:00.5+01:00',
  '2026-02-30',
  '2026-11-22',
  'javascript:alert(1)',
  'https://example.org',
  'www.example.org/',
  'a@b',
  'a@example.org ',
  'x@noemail.invalid',
  '"+44 141 496 0000"',
  'MO,XX',
  -1,
  0,
  1.5,
  100,
  1e9,
  NaN,
  Infinity,
  true,
  [],
  {},
  { id: 'x', name: '' },
  [null],
  [{}],
  [''],
  'active',
  'open',
];

/** Every path to a value inside a record. */
function paths(value: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
  if (Array.isArray(value)) return [prefix, ...value.flatMap((v, i) => paths(v, [...prefix, i]))];
  if (value && typeof value === 'object') return [prefix, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...prefix, k]))];
  return [prefix];
}

export function mutate(record: unknown, rand: () => number): unknown {
  const copy = structuredClone(record) as Record<string, unknown>;
  const all = paths(copy).filter((p) => p.length > 0);
  for (let n = 1 + Math.floor(rand() * 3); n > 0; n--) {
    const path = all[Math.floor(rand() * all.length)];
    let parent: Record<string | number, unknown> | undefined = copy as Record<string | number, unknown>;
    for (const key of path.slice(0, -1)) parent = parent?.[key] as Record<string | number, unknown> | undefined;
    if (parent && typeof parent === 'object') parent[path[path.length - 1]] = ODD_VALUES[Math.floor(rand() * ODD_VALUES.length)];
  }
  return copy;
}
