/** Read a whole file or stream into memory, refusing past a size limit, with errors that say why. */
import { createReadStream } from 'node:fs';
import { InputError } from '../errors.js';
import { formatSize } from './size.js';

export async function readStreamLimited(stream: NodeJS.ReadableStream, maxSize: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream as AsyncIterable<Buffer | string>) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += buffer.length;
    if (size > maxSize) {
      if ('destroy' in stream && typeof stream.destroy === 'function') stream.destroy();
      throw tooLarge(size, maxSize, true);
    }
    chunks.push(buffer);
  }
  return Buffer.concat(chunks, size);
}

export async function readFileLimited(path: string, maxSize: number): Promise<Uint8Array> {
  try {
    return await readStreamLimited(createReadStream(path), maxSize);
  } catch (error) {
    throw error instanceof InputError ? error : fileError(error);
  }
}

export function tooLarge(size: number, maxSize: number, atLeast = false): InputError {
  return new InputError(
    'TOO_LARGE',
    `${atLeast ? 'more than ' : ''}${formatSize(atLeast ? maxSize : size)} is over the size limit of ${formatSize(maxSize)}`,
    'raise the limit with --max-size, e.g. --max-size 50MB, or split the input',
  );
}

/** A Node file-system error as an InputError. */
export function fileError(error: unknown): InputError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return new InputError('NOT_FOUND', 'no such file or directory', 'check the path', { cause: error });
    case 'EACCES':
    case 'EPERM':
      return new InputError('UNREADABLE', 'permission denied', 'check the file permissions', { cause: error });
    case 'EISDIR':
      return new InputError('IS_DIRECTORY', 'is a directory', 'give the directory itself to read its .txt and .md files', { cause: error });
    default:
      return new InputError('UNREADABLE', `cannot be read: ${error instanceof Error ? error.message : String(error)}`, 'check the path', { cause: error });
  }
}
