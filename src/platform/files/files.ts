/**
 * The one store of files every capability uses (documents' originals, releases' pictures,
 * the digest's PDFs). Files are named by the SHA-256 of their bytes, so the same upload is
 * kept once and a name never points at other bytes; capabilities keep the file name, the
 * title and who may read it in their own records, and hand the store only bytes.
 * The disk (`disk.ts`) is the default; an object store answers the same interface.
 */
import type { Readable } from 'node:stream';

/** Lower-case hex SHA-256 of a file's bytes: its name in the store. */
export type FileKey = string;

export type StoredFile = Readonly<{
  key: FileKey;
  size: number;
  /** The media type found in the bytes when the file was put, not the one a client claimed. */
  type: string;
}>;

export interface FileStore {
  /** Keeps the bytes (once: a second put of the same bytes answers the first file) and says under which key. */
  put(bytes: Uint8Array, type: string): Promise<StoredFile>;
  /** The whole file, or null when the store has none under that key. */
  get(key: FileKey): Promise<Buffer | null>;
  /** The file as a stream, for answering a download without holding it in memory. */
  stream(key: FileKey): Promise<Readable | null>;
  /** Size and type without the bytes. */
  head(key: FileKey): Promise<StoredFile | null>;
  exists(key: FileKey): Promise<boolean>;
}

const KEY = /^[0-9a-f]{64}$/;

/** Whether a text can be a key: anything else (a path, `..`) never reaches a store. */
export function isFileKey(text: string): text is FileKey {
  return KEY.test(text);
}
