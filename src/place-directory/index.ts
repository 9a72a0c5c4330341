/** Registers `<place-directory>`. */
import { define } from '../ui/define.js';
import { PlaceDirectoryElement } from './place-directory.js';

define('place-directory', PlaceDirectoryElement);

export { PlaceDirectoryElement };
export type { DirectorySearchDetail, DirectorySelectDetail } from './place-directory.js';
export {
  LocalDirectorySource,
  FIELD,
  type TextIndex,
  type Matches,
  type DirectorySource,
  type Filters,
  type SearchRequest,
  type SearchResponse,
  type Hit,
  type Facets,
} from './source.js';
export type { Entry, EntryKind, Category } from './entries.js';
export { fold } from './fold.js';
