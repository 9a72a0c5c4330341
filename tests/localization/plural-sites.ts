/** The plan's, directory's and connector's plural call sites, as plurals.test.ts exercises them. */
import '../../src/place-connector/index.js';

type Site = { id: string; say: (n: number) => string; values?: Record<string, string>; skip?: number[] };

const connector = document.createElement('place-connector') as unknown as { showingLine(area: { id: string; name: string }, count: number): string };

export const pluralSites: Site[] = [
  { id: 'connector.showing', say: (n) => connector.showingLine({ id: 'parkhead', name: 'Parkhead' }, n), values: { a: 'Parkhead' } },
];
