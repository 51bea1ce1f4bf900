import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import Fastify from 'fastify';
import { DomainError } from '../errors.ts';
import { SAMPLE_DOCX, SAMPLE_EXE, SAMPLE_PDF, SAMPLE_PNG, multipartBody } from '../testing/sample-files.ts';
import { diskFileStore, sha256 } from './disk.ts';
import { isFileKey } from './files.ts';
import { acceptUploads, dispositionFor, sendStoredFile } from './http.ts';
import { ORIGINALS, PICTURES, checkUpload } from './types.ts';

const dirs: string[] = [];
const freshStore = () => {
  const dir = mkdtempSync(join(tmpdir(), 'files-test-'));
  dirs.push(dir);
  return { dir, files: diskFileStore(dir) };
};
after(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('the disk file store', () => {
  it('keeps bytes under their SHA-256 and gives them back whole, by get and by stream', async () => {
    const { files } = freshStore();
    const stored = await files.put(SAMPLE_PDF, 'application/pdf');
    assert.equal(stored.key, sha256(SAMPLE_PDF));
    assert.deepEqual(stored, { key: stored.key, size: SAMPLE_PDF.byteLength, type: 'application/pdf' });
    assert.deepEqual(new Uint8Array((await files.get(stored.key))!), SAMPLE_PDF);
    const chunks: Buffer[] = [];
    for await (const chunk of (await files.stream(stored.key))!) chunks.push(chunk as Buffer);
    assert.deepEqual(new Uint8Array(Buffer.concat(chunks)), SAMPLE_PDF);
    assert.deepEqual(await files.head(stored.key), stored);
    assert.equal(await files.exists(stored.key), true);
  });

  it('keeps the same bytes once, however often and however concurrently they are put', async () => {
    const { dir, files } = freshStore();
    const all = await Promise.all([1, 2, 3, 4].map(() => files.put(SAMPLE_PNG, 'image/png')));
    assert.equal(new Set(all.map((f) => f.key)).size, 1);
    const key = all[0]!.key;
    const folder = join(dir, 'sha256', key.slice(0, 2), key.slice(2, 4));
    assert.deepEqual(readdirSync(folder).sort(), [key, `${key}.json`]);
  });

  it('answers nothing for a key it does not hold, and never reads a path posing as a key', async () => {
    const { files } = freshStore();
    const absent = sha256(new Uint8Array([1, 2, 3]));
    assert.equal(await files.get(absent), null);
    assert.equal(await files.stream(absent), null);
    assert.equal(await files.head(absent), null);
    assert.equal(await files.exists(absent), false);
    for (const bad of ['../../etc/passwd', `${absent}/..`, absent.toUpperCase(), '']) {
      assert.equal(isFileKey(bad), false);
      assert.equal(await files.get(bad), null);
      assert.equal(await files.exists(bad), false);
    }
  });
});

describe('checking an upload from its bytes', () => {
  it('accepts a PDF, a Word document and a picture whose names agree with their bytes', async () => {
    assert.equal((await checkUpload('Charter.pdf', SAMPLE_PDF, ORIGINALS)).ok, true);
    assert.equal((await checkUpload('Устав.DOCX', SAMPLE_DOCX, ORIGINALS)).ok, true);
    assert.equal((await checkUpload('flag.png', SAMPLE_PNG, PICTURES)).ok, true);
  });

  it('refuses an executable whatever it is called, saying what it is', async () => {
    assert.deepEqual(await checkUpload('minutes.pdf', SAMPLE_EXE, ORIGINALS), {
      ok: false,
      reason: 'forbidden-type',
      found: 'application/x-msdownload',
    });
  });

  it('refuses bytes of an allowed kind under the name of another', async () => {
    assert.deepEqual(await checkUpload('statement.pdf', SAMPLE_PNG, ORIGINALS), {
      ok: false,
      reason: 'name-mismatch',
      found: 'image/png',
    });
    assert.equal((await checkUpload('statement', SAMPLE_PDF, ORIGINALS)).ok, false);
  });

  it('refuses a kind another use allows: a PDF is no picture', async () => {
    assert.equal((await checkUpload('photo.pdf', SAMPLE_PDF, PICTURES)).ok, false);
  });

  it('refuses an empty file and one over the limit of its use', async () => {
    assert.equal((await checkUpload('a.pdf', new Uint8Array(), ORIGINALS)).ok, false);
    const big = new Uint8Array(ORIGINALS.maxBytes + 1);
    big.set(SAMPLE_PDF);
    assert.deepEqual(await checkUpload('a.pdf', big, ORIGINALS), { ok: false, reason: 'too-large', found: null });
  });
});

describe('files over HTTP', () => {
  async function app(maxBytes: number) {
    const { files } = freshStore();
    const server = Fastify();
    server.setErrorHandler((error, _req, reply) =>
      reply
        .code(
          error instanceof DomainError && error.code === 'NOT_FOUND'
            ? 404
            : ((error as { statusCode?: number }).statusCode ?? 500),
        )
        .send(String(error)),
    );
    await server.register(async (scoped) => {
      await acceptUploads(scoped, { maxBytes, maxFiles: 2 });
      scoped.post('/upload', async (req) => ({
        fields: req.body,
        uploads: (req.uploads ?? []).map((u) => ({
          field: u.field,
          name: u.name,
          size: u.bytes.byteLength,
          tooLarge: u.tooLarge,
        })),
      }));
    });
    server.get<{ Params: { key: string } }>('/files/:key', async (req, reply) =>
      sendStoredFile(req, reply, files, { key: req.params.key, name: 'Устав СВМДА.pdf', cache: 'public' }),
    );
    return { server, files };
  }

  it('reads a form with its fields and files, marking a file past the limit', async () => {
    const { server } = await app(SAMPLE_PDF.byteLength);
    const body = multipartBody({ title: 'Charter' }, [
      { field: 'file', name: 'a.pdf', bytes: SAMPLE_PDF },
      { field: 'file', name: 'b.docx', bytes: SAMPLE_DOCX },
    ]);
    const res = await server.inject({ method: 'POST', url: '/upload', ...body });
    assert.equal(res.statusCode, 200);
    assert.deepEqual(res.json(), {
      fields: { title: 'Charter' },
      uploads: [
        { field: 'file', name: 'a.pdf', size: SAMPLE_PDF.byteLength, tooLarge: false },
        { field: 'file', name: 'b.docx', size: SAMPLE_PDF.byteLength + 1, tooLarge: true },
      ],
    });
  });

  it('refuses a form with more files than the route takes', async () => {
    const { server } = await app(10_000);
    const files = [1, 2, 3].map((i) => ({ field: 'file', name: `${i}.png`, bytes: SAMPLE_PNG }));
    const res = await server.inject({ method: 'POST', url: '/upload', ...multipartBody({}, files) });
    assert.equal(res.statusCode, 413, res.body);
  });

  it('answers a stored file with its type, its name for saving, nosniff and an immutable ETag', async () => {
    const { server, files } = await app(10_000);
    const { key } = await files.put(SAMPLE_PDF, 'application/pdf');
    const res = await server.inject({ url: `/files/${key}` });
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['content-type'], 'application/pdf');
    assert.equal(res.headers['x-content-type-options'], 'nosniff');
    assert.equal(res.headers.etag, `"${key}"`);
    assert.equal(res.headers['cache-control'], 'public, max-age=31536000, immutable');
    assert.equal(
      res.headers['content-disposition'],
      `attachment; filename="Ustav SVMDA.pdf"; filename*=UTF-8''%D0%A3%D1%81%D1%82%D0%B0%D0%B2%20%D0%A1%D0%92%D0%9C%D0%94%D0%90.pdf`,
    );
    assert.deepEqual(new Uint8Array(res.rawPayload), SAMPLE_PDF);
    const again = await server.inject({ url: `/files/${key}`, headers: { 'if-none-match': `"${key}"` } });
    assert.equal(again.statusCode, 304);
    assert.equal(again.body, '');
  });

  it('answers 404 for a file the store does not hold', async () => {
    const { server } = await app(10_000);
    assert.equal((await server.inject({ url: `/files/${sha256(SAMPLE_PNG)}` })).statusCode, 404);
    assert.equal((await server.inject({ url: '/files/..%2F..%2Fetc%2Fpasswd' })).statusCode, 404);
  });

  it('names an ASCII file plainly, and quotes what needs quoting', () => {
    assert.equal(dispositionFor('charter.pdf'), 'attachment; filename=charter.pdf');
    assert.equal(dispositionFor('a "b".pdf', 'inline'), 'inline; filename="a \\"b\\".pdf"');
  });
});
