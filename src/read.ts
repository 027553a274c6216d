// Turning bytes into draft text, or into one clear reason why not. Nothing here guesses:
// invalid UTF-8 is refused rather than linted as mojibake.
import { lstatSync, readFileSync, statSync } from 'node:fs';

export const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;

export class InputError extends Error {}

/** How a draft's bytes were encoded, so that a fix writes it back the same way. */
export type Encoding = 'utf8' | 'utf8-bom' | 'utf16le' | 'utf16be';

export interface DecodedDraft {
  text: string;
  encoding: Encoding;
}

export function decodeDraft(bytes: Uint8Array): DecodedDraft {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf16le' };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf16be' };
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (bytes.indexOf(0) >= 0) throw new InputError('binary file (contains NUL bytes), not a draft');
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(bom ? 3 : 0)), encoding: bom ? 'utf8-bom' : 'utf8' };
  } catch {
    throw new InputError('not valid UTF-8 text (save it as UTF-8)');
  }
}

export function decode(bytes: Uint8Array): string {
  return decodeDraft(bytes).text;
}

export function encodeDraft(text: string, encoding: Encoding): Buffer {
  if (encoding === 'utf8') return Buffer.from(text, 'utf8');
  if (encoding === 'utf8-bom') return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
  const le = Buffer.from(text, 'utf16le');
  if (encoding === 'utf16le') return Buffer.concat([Buffer.from([0xff, 0xfe]), le]);
  return Buffer.concat([Buffer.from([0xfe, 0xff]), le.swap16()]);
}

/**
 * A file's bytes, refusing folders and files over the size limit with a one-line reason. Read
 * synchronously: files are linted one at a time anyway, and a promise round trip per call costs
 * more than reading a few kilobytes (a tenth of the time of a 2,000-draft run).
 */
export async function readFileBytes(path: string, maxSize = DEFAULT_MAX_FILE_SIZE): Promise<Buffer> {
  let info;
  try {
    info = statSync(path);
  } catch (error) {
    // A link found in a folder (the command line's own are named in files.ts) says so too.
    const broken = (error as NodeJS.ErrnoException).code === 'ENOENT' && isSymbolicLink(path);
    throw new InputError(broken ? 'broken symbolic link' : describeFsError(error));
  }
  if (info.isDirectory()) throw new InputError('is a folder');
  if (info.size > maxSize) throw new InputError(`file is ${info.size} bytes, over the ${maxSize}-byte limit (--max-file-size)`);
  try {
    return readFileSync(path);
  } catch (error) {
    throw new InputError(describeFsError(error));
  }
}

export async function readDraftFile(path: string, maxSize = DEFAULT_MAX_FILE_SIZE): Promise<DecodedDraft & { bytes: Buffer }> {
  const bytes = await readFileBytes(path, maxSize);
  return { ...decodeDraft(bytes), bytes };
}

function isSymbolicLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ELOOP') return 'too many symbolic links';
  if (code === 'EISDIR') return 'is a folder';
  return (error as Error).message;
}

export async function readStdinBytes(maxSize = DEFAULT_MAX_FILE_SIZE): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > maxSize) throw new InputError(`input is over the ${maxSize}-byte limit (--max-file-size)`);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}
