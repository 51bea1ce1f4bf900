/**
 * Files on the local disk, content-addressed: `<root>/sha256/ab/cd/<key>` holds the bytes
 * and `<key>.json` beside it their size and type (what an object store keeps as the
 * object's metadata). Two levels of directories keep any one of them small.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, readFile, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { type FileKey, type FileStore, type StoredFile, isFileKey } from './files.ts';

export function sha256(bytes: Uint8Array): FileKey {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Writes to a temporary name, flushes it to the disk, then renames: a file is whole or absent, even after a crash. */
async function writeDurably(path: string, bytes: Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${randomBytes(6).toString('hex')}.part`;
  const handle = await open(temporary, 'wx');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  // The rename itself survives a crash only once the directory is flushed too.
  const directory = await open(dirname(path), 'r');
  try {
    await directory.sync();
  } finally {
    await directory.close();
  }
}

export function diskFileStore(root: string): FileStore {
  const pathOf = (key: FileKey) => join(root, 'sha256', key.slice(0, 2), key.slice(2, 4), key);
  const head = async (key: FileKey): Promise<StoredFile | null> => {
    if (!isFileKey(key)) return null;
    try {
      const meta = JSON.parse(await readFile(`${pathOf(key)}.json`, 'utf8')) as { size: number; type: string };
      return { key, size: meta.size, type: meta.type };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  };
  return {
    async put(bytes, type) {
      const key = sha256(bytes);
      const known = await head(key);
      if (known) return known;
      // The bytes first, their metadata last: a file is only known once both are whole.
      await writeDurably(pathOf(key), bytes);
      const stored = { key, size: bytes.byteLength, type };
      await writeDurably(`${pathOf(key)}.json`, Buffer.from(JSON.stringify({ size: stored.size, type })));
      return stored;
    },
    async get(key) {
      if (!(await head(key))) return null;
      return readFile(pathOf(key));
    },
    async stream(key): Promise<Readable | null> {
      if (!(await head(key))) return null;
      return createReadStream(pathOf(key));
    },
    head,
    async exists(key) {
      if (!isFileKey(key)) return false;
      try {
        await stat(`${pathOf(key)}.json`);
        return true;
      } catch {
        return false;
      }
    },
  };
}
