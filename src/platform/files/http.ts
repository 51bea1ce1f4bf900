/**
 * Files over HTTP: uploads read as multipart/form-data (@fastify/multipart) with a size
 * limit, and stored files answered with the headers a download needs.
 */
import multipart from '@fastify/multipart';
import { create as contentDisposition } from 'content-disposition';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { transliterate } from 'transliteration';
import { DomainError } from '../errors.ts';
import type { FileKey, FileStore } from './files.ts';

/** One file of a form as it came: its field, the name the sender gave it, its bytes; `tooLarge` when cut at the limit. */
export type Upload = Readonly<{ field: string; name: string; bytes: Uint8Array; tooLarge: boolean }>;

declare module 'fastify' {
  interface FastifyRequest {
    uploads: Upload[] | null;
    uploadFields: Set<string> | null;
  }
}

/**
 * Lets the routes of `scope` (and only those) take multipart forms: their text fields
 * become `req.body` as a form's would, their files `req.uploads`. A file past `maxBytes`
 * is read no further and marked, so the route can refuse it naming the field; more than
 * `maxFiles` files, or an oversized field, is refused by the parser before any route runs.
 */
export async function acceptUploads(
  scope: FastifyInstance,
  { maxBytes, maxFiles = 5 }: { maxBytes: number; maxFiles?: number },
): Promise<void> {
  scope.decorateRequest('uploads', null);
  scope.decorateRequest('uploadFields', null);
  await scope.register(multipart, {
    attachFieldsToBody: 'keyValues',
    throwFileSizeLimit: false,
    // One byte past the limit is read, so "too large" is told from "exactly the limit".
    limits: { fileSize: maxBytes + 1, files: maxFiles, fields: 50, fieldSize: 1024 * 1024, parts: maxFiles + 50 },
    async onFile(part) {
      const bytes = await part.toBuffer();
      const req = this as FastifyRequest;
      req.uploads ??= [];
      req.uploadFields ??= new Set();
      req.uploadFields.add(part.fieldname);
      // A file input left empty still sends a part, with no name and no bytes.
      if (part.filename === '' && bytes.byteLength === 0) return;
      req.uploads.push({
        field: part.fieldname,
        name: part.filename,
        bytes: new Uint8Array(bytes),
        tooLarge: part.file.truncated,
      });
    },
  });
  // After the parser's own hook, which builds the body: it keeps the form's text fields only,
  // the files being in `req.uploads` for the route to check.
  scope.addHook('preValidation', async (req) => {
    const body = req.body as Record<string, unknown> | undefined;
    if (body && typeof body === 'object') for (const field of req.uploadFields ?? []) delete body[field];
  });
}

/** The Content-Disposition of a download: the name in RFC 5987 form when it is not ASCII, a transliterated fallback for old clients. */
export function dispositionFor(name: string, disposition: 'attachment' | 'inline' = 'attachment'): string {
  const fallback = transliterate(name).replace(/[^\x20-\x7e]/g, '_');
  return contentDisposition(name, { type: disposition, fallback: fallback === name ? false : fallback });
}

export type Delivery = Readonly<{
  key: FileKey;
  /** The name the file is saved under. */
  name: string;
  disposition?: 'attachment' | 'inline';
  /** `public` files may be kept by any cache; `private` ones only by the reader's browser, since others may not read them. */
  cache: 'public' | 'private';
}>;

/**
 * Answers a stored file: its type as found in the bytes, never sniffed again by the
 * browser; an ETag that is its key, and since a key never names other bytes, immutable.
 * NOT_FOUND when the store has no such file.
 */
export async function sendStoredFile(
  req: FastifyRequest,
  reply: FastifyReply,
  files: FileStore,
  delivery: Delivery,
): Promise<FastifyReply> {
  const meta = await files.head(delivery.key);
  if (!meta) throw new DomainError('NOT_FOUND');
  const etag = `"${meta.key}"`;
  reply
    .header('etag', etag)
    .header('cache-control', `${delivery.cache}, max-age=31536000, immutable`)
    .header('x-content-type-options', 'nosniff')
    .header('content-disposition', dispositionFor(delivery.name, delivery.disposition));
  if (delivery.cache === 'private') reply.header('vary', 'Cookie');
  const asked = req.headers['if-none-match'];
  if (asked?.split(',').some((e) => e.trim() === etag || e.trim() === `W/${etag}`)) {
    return reply.code(304).send();
  }
  const stream = await files.stream(meta.key);
  if (!stream) throw new DomainError('NOT_FOUND');
  return reply.type(meta.type).header('content-length', String(meta.size)).send(stream);
}
