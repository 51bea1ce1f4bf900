import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, describe, it } from 'node:test';
import { DomainError } from './errors.ts';
import { DEFAULT_PDF_LIMITS, limitPdfRendering, typstDocument } from './pdf.ts';
import { usePlatform } from './testing/app.ts';

// One document laid out at a time and one waiting: a third asked meanwhile is refused.
limitPdfRendering({ threads: 1, queue: 1 });
after(() => limitPdfRendering(DEFAULT_PDF_LIMITS));

const template = join(mkdtempSync(join(tmpdir(), 'pdf-')), 'page.typ');
writeFileSync(
  template,
  '#let data = json(bytes(sys.inputs.data))\n= #data.title\n#image("/pictures/emblem.svg", width: 2cm)\n#lorem(2000)\n',
);
const layOut = typstDocument(pathToFileURL(template));
const emblem = new Map([['/pictures/emblem.svg', readFileSync(new URL('./static/favicon.svg', import.meta.url))]]);

describe('PDF layout off the main thread, a few at a time', () => {
  it('lays out in a worker, pictures handed over as bytes', async () => {
    const pdf = await layOut({ title: 'One' }, emblem);
    assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
  });

  it('refuses renders past the running one and the waiting one as BUSY, and takes new ones once they are done', async () => {
    const results = await Promise.allSettled(
      Array.from({ length: 5 }, (_, i) => layOut({ title: `Copy ${i}` }, emblem)),
    );
    assert.deepEqual(
      results.map((r) => r.status),
      ['fulfilled', 'fulfilled', 'rejected', 'rejected', 'rejected'],
    );
    for (const r of results)
      if (r.status === 'rejected')
        assert.ok(r.reason instanceof DomainError && r.reason.code === 'BUSY', String(r.reason));
    assert.equal((await layOut({ title: 'Later' }, emblem)).subarray(0, 5).toString(), '%PDF-');
  });

  it('reports a template that does not lay out as an error of its own, not as BUSY', async () => {
    await assert.rejects(
      layOut({ title: 'x' }, new Map()),
      (e: Error) => !(e instanceof DomainError) && /page\.typ could not be laid out/.test(e.message),
    );
  });
});

describe('PDF routes under load', () => {
  const app = usePlatform();

  it('answers only PDFs or 503 with Retry-After under ten readers at once, never another 5xx, and /healthz meanwhile', async () => {
    // Each a different period, so none is answered from the page cache or the stored layouts.
    const renders = Array.from({ length: 10 }, (_, i) =>
      app().inject(`/${i % 2 ? 'ru' : 'en'}/activities/report.pdf?from=2024-01-01&to=2024-12-${String(20 + i)}`),
    );
    const health = await app().inject('/healthz');
    assert.equal(health.statusCode, 200);
    assert.deepEqual(health.json(), { ok: true, status: 'ready' });
    const answers = await Promise.all(renders);
    assert.deepEqual(
      answers.map((r) => r.statusCode).filter((s) => s !== 200 && s !== 503),
      [],
      'only laid out, refused as busy or said to be in preparation',
    );
    assert.ok(answers.some((r) => r.statusCode === 200 && r.headers['content-type'] === 'application/pdf'));
    for (const r of answers.filter((a) => a.statusCode === 503)) {
      assert.ok(Number(r.headers['retry-after']) > 0);
      assert.match(r.headers['content-type'] as string, /text\/html/);
    }
  });

  it("refuses a PDF as busy, in the page's language, while as many layouts are open as the limit admits", async () => {
    // Layouts under way elsewhere (another process's, say): the job table is what every process sees.
    const at = '2025-06-01T00:00:00.000Z';
    for (let i = 0; i < 2; i++)
      await app
        .db()
        .insertInto('job')
        .values({ id: `held-${i}`, kind: 'report-pdf', state: 'running', data: '{}', created_at: at, updated_at: at })
        .execute();
    const en = await app().inject('/en/activities/report.pdf?from=2024-01-01&to=2024-12-31');
    assert.equal(en.statusCode, 503);
    assert.equal(en.headers['retry-after'], '5');
    assert.match(en.body, /Too busy to answer this now/);
    const ru = await app().inject('/ru/activities/report.pdf?from=2024-01-01&to=2024-12-31');
    assert.equal(ru.statusCode, 503);
    assert.match(ru.body, /Сейчас не удаётся ответить/);
    assert.equal((await app().inject('/healthz')).statusCode, 200);
    const queued = await app.db().selectFrom('job').select('id').execute();
    assert.equal(queued.length, 2, 'a refused request queues nothing');
  });
});
