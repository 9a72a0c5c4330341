/**
 * Synthetic feeds for benchmarks: the generator the Open Referral UK API stand-in serves too
 * (tests/support/oruk-api/synthetic.js), so feed mode and API mode are measured on the same records.
 */
export { CATEGORIES, random, syntheticFeed } from '../../tests/support/oruk-api/synthetic.js';
