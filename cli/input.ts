/** Reading what a publisher points the tool at: a file, a URL, or `-` for standard input. */
import { readFile } from 'node:fs/promises';

export class InputError extends Error {}

/**
 * The text at `source`, without a UTF-8 byte-order mark at its start (as a browser reads it: a feed saved
 * by a Windows editor loads in the widgets, so the tool reads it too).
 */
export async function readInput(source: string, timeoutSeconds = 30): Promise<string> {
  return (await readRaw(source, timeoutSeconds)).replace(/^\uFEFF/, '');
}

async function readRaw(source: string, timeoutSeconds: number): Promise<string> {
  if (source === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  }
  if (/^https?:\/\//i.test(source)) {
    let response: Response;
    try {
      response = await fetch(source, { headers: { Accept: 'application/json' }, signal: AbortSignal.timeout(timeoutSeconds * 1000) });
    } catch (error) {
      const cause = (error as Error).name === 'TimeoutError' ? `no answer within ${timeoutSeconds} seconds` : (error as Error).message;
      throw new InputError(`could not fetch ${source}: ${cause}`);
    }
    if (!response.ok) throw new InputError(`${source} answered HTTP ${response.status} ${response.statusText}`);
    return response.text();
  }
  try {
    return await readFile(source, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? `no such file: ${source}` : `could not read ${source}: ${(error as Error).message}`);
  }
}
