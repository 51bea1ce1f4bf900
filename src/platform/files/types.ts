/**
 * What kind of file an upload is, read from its bytes (the `file-type` library knows the
 * signatures), never from the name or the Content-Type a client sent; each use allows a
 * short list of kinds, and the name's extension must agree with the bytes.
 */

export type FileKind = Readonly<{ type: string; extensions: readonly string[] }>;

export const PDF: FileKind = { type: 'application/pdf', extensions: ['pdf'] };
export const DOCX: FileKind = {
  type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  extensions: ['docx'],
};
export const PNG: FileKind = { type: 'image/png', extensions: ['png'] };
export const JPEG: FileKind = { type: 'image/jpeg', extensions: ['jpg', 'jpeg'] };
export const WEBP: FileKind = { type: 'image/webp', extensions: ['webp'] };

/** An allow-list: the kinds one use accepts, and the largest file it takes. */
export type UploadPolicy = Readonly<{ kinds: readonly FileKind[]; maxBytes: number }>;

export const PICTURES: UploadPolicy = { kinds: [JPEG, PNG, WEBP], maxBytes: 10 * 1024 * 1024 };
export const ORIGINALS: UploadPolicy = { kinds: [PDF, DOCX, JPEG, PNG], maxBytes: 25 * 1024 * 1024 };

export type UploadCheck =
  | { ok: true; kind: FileKind; extension: string }
  | {
      ok: false;
      reason: 'empty' | 'too-large' | 'forbidden-type' | 'name-mismatch';
      /** The kind the bytes are, when it is one the library knows. */
      found: string | null;
    };

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

/** Whether `bytes` under `name` may be kept under `policy`: the size, then the kind the bytes are, then the name. */
export async function checkUpload(name: string, bytes: Uint8Array, policy: UploadPolicy): Promise<UploadCheck> {
  if (bytes.byteLength === 0) return { ok: false, reason: 'empty', found: null };
  if (bytes.byteLength > policy.maxBytes) return { ok: false, reason: 'too-large', found: null };
  // Loaded on the first upload, not by every process that serves pages.
  const { fileTypeFromBuffer } = await import('file-type');
  const found = await fileTypeFromBuffer(bytes);
  const kind = found ? policy.kinds.find((k) => k.type === found.mime) : undefined;
  if (!kind) return { ok: false, reason: 'forbidden-type', found: found?.mime ?? null };
  const extension = extensionOf(name);
  if (!kind.extensions.includes(extension)) return { ok: false, reason: 'name-mismatch', found: kind.type };
  return { ok: true, kind, extension };
}
