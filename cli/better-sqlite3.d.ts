/**
 * better-sqlite3 ships no types and placekit does not install its type package: the receiver store
 * (receive-store.ts) describes the few methods it uses and casts the module's default export to that.
 */
declare module 'better-sqlite3' {
  const Database: unknown;
  export default Database;
}
