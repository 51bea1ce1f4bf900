import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { DomainError } from '../platform/errors.ts';
import { describeEachEngine } from '../platform/testing/engines.ts';
import { CICA_PACK_DIR, brokenReferences, isLoaded, loadPack, readPack } from './load.ts';

/** A copy of the CICA pack with one file changed, to feed the loader bad data on purpose. */
function packWith(file: string, change: (data: any) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'pack-'));
  cpSync(CICA_PACK_DIR, dir, { recursive: true });
  const data = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  change(data);
  writeFileSync(join(dir, file), JSON.stringify(data));
  return dir;
}

async function problemsOf(dir: string) {
  try {
    await readPack(dir);
  } catch (error) {
    assert.ok(error instanceof DomainError);
    assert.equal(error.code, 'PACK_INVALID');
    return error.problems;
  }
  assert.fail('the pack was accepted');
}

describe('the CICA pack', () => {
  const dirs: string[] = [];
  after(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
  const bad = (file: string, change: (data: any) => void) => {
    const d = packWith(file, change);
    dirs.push(d);
    return d;
  };

  it('matches its schema and refers only to records it has', async () => {
    const pack = await readPack(CICA_PACK_DIR);
    assert.deepEqual(brokenReferences(pack), []);
    assert.equal(
      pack.states.states.filter((s) => s.statuses.some((p) => p.status === 'member' && !p.until)).length,
      28,
    );
  });

  it('names a source for every fact it cites, each resolved in its README', async () => {
    const readme = readFileSync(join(CICA_PACK_DIR, 'README.md'), 'utf8');
    const cited = new Set<string>();
    for (const file of ['states', 'bodies', 'chairmanship', 'people', 'cbm', 'documents', 'activities']) {
      const text = readFileSync(join(CICA_PACK_DIR, `${file}.json`), 'utf8');
      for (const m of text.matchAll(/"sources": "([^"]+)"/g)) m[1]!.split(',').forEach((k) => cited.add(k.trim()));
    }
    for (const key of cited) {
      assert.ok(key.startsWith('SEED') || readme.includes(`| ${key} |`), `source ${key} is not listed in the README`);
    }
  });

  it('gives every person a Cyrillic name, saying whose rendering it is where no source gives one', async () => {
    const { people } = (await readPack(CICA_PACK_DIR)).people;
    const cyrillic = /^[\p{Script=Cyrillic} -]+$/u;
    assert.deepEqual(
      people.filter((p) => !p.nameRu || !cyrillic.test(p.nameRu)).map((p) => p.id),
      [],
    );
    // The fact sheet gives no Russian spelling of any name, so none may pass for a sourced one.
    assert.deepEqual(
      people.filter((p) => p.nameRuOrigin !== 'secretariat').map((p) => p.id),
      [],
    );
  });

  it('uses the ISO codes the issue names for Palestine, Korea and Türkiye', async () => {
    const { states } = (await readPack(CICA_PACK_DIR)).states;
    const code = (name: string) => states.find((s) => s.nameEn === name)?.code;
    assert.deepEqual([code('Palestine'), code('Republic of Korea'), code('Türkiye')], ['PS', 'KR', 'TR']);
  });

  it('refuses a bad field, naming the file and the field', async () => {
    const problems = await problemsOf(
      bad('chairmanship.json', (d) => {
        d.terms[3].from = '2018-09-31';
      }),
    );
    assert.deepEqual(
      problems.map((p) => p.field),
      ['chairmanship.json: terms.3.from'],
    );
    const more = await problemsOf(
      bad('states.json', (d) => {
        d.states[0].code = 'afg';
        delete d.states[1].statuses[0].sources;
      }),
    );
    assert.deepEqual(more.map((p) => p.field).sort(), [
      'states.json: states.0.code',
      'states.json: states.1.statuses.0.sources',
    ]);
  });

  it('refuses a fact without a source', async () => {
    const problems = await problemsOf(
      bad('cbm.json', (d) => {
        d.priorityAreas[0].coordinators[0].sources = '';
      }),
    );
    assert.match(problems[0]!.message, /source/);
  });

  it('refuses a reference to a record it does not have', async () => {
    const problems = await problemsOf(
      bad('chairmanship.json', (d) => {
        d.terms[0].state = 'XK';
      }),
    );
    assert.deepEqual(problems, [{ field: 'chairmanship.json: terms.0.state', message: 'unknown reference "XK"' }]);
  });

  it('refuses a fact citing a source the pack does not list, so no reader meets a citation without its source', async () => {
    const problems = await problemsOf(
      bad('chairmanship.json', (d) => {
        d.terms[0].sources = 'S-nowhere';
      }),
    );
    assert.deepEqual(problems, [{ field: 'chairmanship.json: sources', message: 'unknown reference "S-nowhere"' }]);
  });

  it('gives every source an address or a title, and a publisher only where the fact sheet names one', async () => {
    const { sources } = (await readPack(CICA_PACK_DIR)).sources;
    assert.ok(sources.every((s) => s.url || s.titleEn));
    const extrel = sources.find((s) => s.key === 'S-extrel');
    assert.deepEqual(extrel, {
      key: 'S-extrel',
      url: 'https://www.s-cica.org/page/external-relations/',
      publisherEn: 'CICA Secretariat',
      publisherRu: 'Секретариат СВМДА',
    });
    assert.equal(sources.find((s) => s.key === 'S-astanatimes-saudi')?.publisherEn, undefined);
  });
});

describeEachEngine(
  'loading a pack',
  (record, it) => {
    /** A load of the CICA pack with one person twice: it passes the schema and breaks a primary key late in the load. */
    const failedLoad = async () => {
      const pack = await readPack(CICA_PACK_DIR);
      pack.people.people.push({ ...pack.people.people[0]! });
      await assert.rejects(loadPack(record().db, pack));
    };

    it('leaves nothing behind when a load fails halfway', async () => {
      await failedLoad();
      assert.equal(await isLoaded(record().db), false, 'no state was left in the record');
      assert.deepEqual(await record().db.selectFrom('activity').select('id').execute(), []);
    });

    it('then loads the CICA pack into the same record', async () => {
      await failedLoad();
      await loadPack(record().db, await readPack(CICA_PACK_DIR));
      assert.equal(await isLoaded(record().db), true);
    });

    it("records a Russian name as a spelling of the person, marked as the Secretariat's rendering", async () => {
      await loadPack(record().db, await readPack(CICA_PACK_DIR));
      const spellings = await record()
        .db.selectFrom('person_name')
        .select(['name', 'lang', 'script', 'origin'])
        .where('person_id', '=', 'kairat-sarybay')
        .orderBy('id')
        .execute();
      assert.deepEqual(spellings, [
        { name: 'Kairat Sarybay', lang: 'en', script: 'Latn', origin: null },
        { name: 'Kairat Sarybai', lang: 'en', script: 'Latn', origin: null },
        { name: 'Кайрат Сарыбай', lang: 'ru', script: 'Cyrl', origin: 'secretariat' },
      ]);
    });
  },
  { load: false },
);
