/**
 * The categories to offer when the directory has no feed to take them from: the API's taxonomy terms
 * (`GET /taxonomy_terms`, or `/taxonomies` on an ORUK 1.0 API), up to three pages of 100. A vocabulary
 * larger than that (the LGA's lists run to thousands of terms) is no list a resident can choose from:
 * then no category filter is offered, and the editor is told to give the directory a feed whose
 * `taxonomy_terms` are the categories to offer.
 */
import type { Category } from '../entries.js';
import { readPage } from './answer.js';
import { isApiError } from './errors.js';
import type { Dialect } from './request.js';

export const MAX_TERMS = 300;
const PER_PAGE = 100;

type Json = Record<string, unknown>;
const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);

/** A taxonomy term (3.0: `{id, name, code}`; 1.0: `{id, name, vocabulary}`) as a category; undefined without an id and a name. */
function categoryOf(term: unknown): Category | undefined {
  if (typeof term !== 'object' || term === null) return undefined;
  const { id, name, term: label, code } = term as Json;
  const key = typeof id === 'number' ? String(id) : text(id);
  const shown = text(name) ?? text(label);
  return key && shown ? { key, name: shown, ...(text(code) && { code: text(code) }) } : undefined;
}

export type CategoriesResult = { categories: Category[] } | { tooMany: number } | { none: true };

/** The API's categories. `get` fetches a URL's JSON (throwing ApiError); `first` is the number of the API's first page (0 or 1). */
export async function loadCategories(base: string, dialect: Dialect, first: number, get: (url: string) => Promise<unknown>): Promise<CategoriesResult> {
  const paths = dialect === '1.0' ? ['/taxonomies', '/taxonomy_terms'] : ['/taxonomy_terms', '/taxonomies'];
  for (const path of paths) {
    const found = new Map<string, Category>();
    try {
      for (let page = 1; page <= MAX_TERMS / PER_PAGE; page++) {
        const where = `${base}${path}`;
        const answer = readPage(await get(`${where}?page=${page - 1 + first}&per_page=${PER_PAGE}`), where);
        if (answer.total > MAX_TERMS) return { tooMany: answer.total };
        for (const record of answer.records) {
          const category = categoryOf(record);
          if (category && !found.has(category.key)) found.set(category.key, category);
        }
        const pages = answer.pages ?? Math.ceil(answer.total / PER_PAGE);
        if (answer.last || answer.shape === 'list' || answer.records.length === 0 || page >= pages) break;
      }
      return found.size ? { categories: [...found.values()] } : { none: true };
    } catch (error) {
      // An API without this endpoint: try the other name, then do without.
      if (!(isApiError(error) && (error.status === 404 || error.kind === 'not-oruk'))) throw error;
    }
  }
  return { none: true };
}
