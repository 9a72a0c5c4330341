/**
 * The area and category a page sets (`area`, `category`, `lock`) and a resident chooses, as the source
 * reads them: a name or code turned into its key. One the directory does not have is ignored, unless the
 * page locked it (a neighbourhood's page then shows only its own, and so nothing).
 */
import type { Area } from '../feed/domain/types.js';
import type { Category } from './entries.js';
import type { DirectoryHost, Preset } from './host.js';
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

/**
 * A preset the page set or changed starts its filter there: unless it was only set for the first time and
 * the address (`sync-url`) had already chosen that filter (`fromAddress`).
 */
export const presetChanged = (changed: boolean, value: string | undefined, was: string | undefined, fromAddress: string | undefined): boolean =>
  changed && (Boolean(value) || was !== undefined) && !(!was && fromAddress);

/** What to tell the page's editor of a preset the directory cannot use, if anything. */
export function presetProblem(p: Presets, name: Preset, value: string, offered: boolean): string | undefined {
  if (!offered) return `${name}="${value}" cannot be applied: the directory's API has no filter for it.`;
  if (!keyOf(p, name, value)) return `${name}="${value}" is not in the feed${p.locked(name) ? '' : ', so it is ignored'}.`;
  return undefined;
}

/** What the presets rules read of the directory (host.ts). */
export type PresetsHost = Pick<DirectoryHost, 'areas' | 'source' | 'locked' | 'preset' | 'search'>;

/** One directory's presets, read against its source as it is now: the filters a search sends, those the resident chose, those it offers. */
export class PresetRules {
  constructor(private readonly host: PresetsHost) {}

  /** What the page's presets are read against: the feed's areas, the source's categories. */
  private get presets(): Presets {
    return { areas: this.host.areas(), categories: this.host.source()?.categories ?? [], locked: (name) => this.host.locked(name) };
  }

  /** The source can apply this filter (one that cannot is not offered). */
  offered(name: keyof Filters): boolean {
    const can = this.host.source()?.capabilities;
    return !can || (name === 'kind' ? can.kinds.length > 1 : can.filters.includes(name));
  }

  /** The filters as the source reads them. */
  resolved(): Filters {
    return resolve(this.presets, this.host.search().filters);
  }

  /** The filters the resident has chosen. */
  chosen(): Array<keyof Filters> {
    return this.host.source() ? chosenBy(this.presets, this.host.search().filters) : [];
  }

  /** What to tell the page's editor of the presets the directory cannot use. */
  problems(): string[] {
    return PRESETS.map((name) => {
      const value = this.host.preset(name);
      return value ? presetProblem(this.presets, name, value, this.offered(name)) : undefined;
    }).filter((problem) => problem !== undefined);
  }
}
