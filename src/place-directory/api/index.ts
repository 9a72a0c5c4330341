/**
 * The directory's Open Referral UK API source, loaded only by a directory with `api` (a dynamic import),
 * so a directory that reads a feed never downloads it.
 */
export { ApiDirectorySource, type ApiSourceOptions } from './api-source.js';
export { ApiError, isApiError, isAborted, type ApiErrorKind } from './errors.js';
export { PROFILE_FILTERS, FILTER_WORDS, readFilterList, wordOf } from './capabilities.js';
