/**
 * The area and category a page sets (`area`, `category`, `lock`) and a resident chooses, as the source
 * reads them: a name or code turned into its key. One the directory does not have is ignored, unless the
 * page locked it (a neighbourhood's page then shows only its own, and so nothing).
 */
import type { Area } from '../feed/domain/types.js';
import type { Category } from './entries.js';
import type { Preset } from './host.js';
import { findArea, findCategory, type Filters } from './source.js';

export const PRESETS: Preset[] = ['area', 'category'];

export interface Presets {
  areas: readonly Area[];
  categories: readonly Category[];
  locked(name: Preset): boolean;
}

/** The area id or category key a page or resident names, if the directory has it. */
export const keyOf = (p: Presets, name: Preset, value: string): string | undefined =>
  name === 'area' ? findArea(p.areas, value) : findCategory(p.categories, value);

/** The filters as the source reads them (none left undefined or false). */
export function resolve(p: Presets, chosen: Filters): Filters {
  const filters = { ...chosen };
  for (const name of PRESETS) {
    const value = filters[name];
    if (value) filters[name] = keyOf(p, name, value) ?? (p.locked(name) ? value : undefined);
  }
  for (const key of Object.keys(filters) as Array<keyof Filters>) if (filters[key] === undefined || filters[key] === false) delete filters[key];
  return filters;
}

/** The filters the resident has chosen (the page's locked presets are not theirs to clear). */
export const chosenBy = (p: Presets, chosen: Filters): Array<keyof Filters> =>
  (Object.keys(resolve(p, chosen)) as Array<keyof Filters>).filter((key) => !((key === 'area' || key === 'category') && p.locked(key)));
