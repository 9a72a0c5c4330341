/** The short reference a resident is shown: the idempotency key's first 8 characters, as `ABCD 1234`. */
export function referenceOf(key: string): string {
  const code = key
    .replace(/[^0-9a-z]/gi, '')
    .slice(0, 8)
    .toUpperCase();
  return `${code.slice(0, 4)} ${code.slice(4)}`;
}
