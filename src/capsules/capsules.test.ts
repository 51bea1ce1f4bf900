import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { type Contents, canonical, isOpen, sealProblems } from './capsules.ts';
import { seal, sha256, unseal } from './capsules.seal.ts';
import { readKeyFile } from './capsules.service.ts';

const letter: Contents = { texts: { en: 'Dear colleagues of 2049', ru: null }, files: [] };

describe('opening day', () => {
  it('a capsule is closed the day before its opening day and open on it and after', () => {
    assert.equal(isOpen('2049-09-14', '2049-09-13'), false);
    assert.equal(isOpen('2049-09-14', '2049-09-14'), true);
    assert.equal(isOpen('2049-09-14', '2050-01-01'), true);
  });
});

describe('sealing rules', () => {
  it('refuses an opening day in the past, or today, naming the field', () => {
    assert.deepEqual(sealProblems('2024-01-01', letter, '2025-06-01'), [
      { field: 'opens_on', message: 'capsule.opensInPast' },
    ]);
    assert.deepEqual(sealProblems('2025-06-01', letter, '2025-06-01'), [
      { field: 'opens_on', message: 'capsule.opensInPast' },
    ]);
    assert.deepEqual(sealProblems('2049-09-14', letter, '2025-06-01'), []);
  });
  it('asks for a full opening day, and for something to seal', () => {
    assert.deepEqual(
      sealProblems('2049', { texts: { en: ' ', ru: null }, files: [] }, '2025-06-01').map((p) => p.message),
      ['capsule.opensOnDay', 'capsule.empty'],
    );
  });
  it('refuses a file that is not base64', () => {
    const bad = {
      texts: { en: null, ru: null },
      files: [{ name: 'a.txt', mediaType: 'text/plain', data: 'not base64!' }],
    };
    assert.deepEqual(
      sealProblems('2049-01-01', bad, '2025-06-01').map((p) => p.field),
      ['files'],
    );
  });
});

describe('the sealed bytes and their digest', () => {
  it('are the same for the same contents, whatever order the keys came in', () => {
    const a = canonical({ texts: { ru: 'б', en: 'a' } as Contents['texts'], files: [] });
    const b = canonical({ files: [], texts: { en: 'a', ru: 'б' } });
    assert.equal(a, b);
    assert.equal(sha256(a), sha256(b));
    assert.match(sha256(a), /^[0-9a-f]{64}$/);
  });
});

describe('AES-256-GCM seal', () => {
  const dir = mkdtempSync(join(tmpdir(), 'capsule-key-'));
  const keyFile = join(dir, 'capsule.key');
  writeFileSync(keyFile, `${randomBytes(32).toString('hex')}\n`);
  const read = readKeyFile(keyFile);
  assert.ok(read.ok);
  const key = read.key;

  it('opens with its key, capsule and opening day, and with nothing else', () => {
    const sealed = seal(key, 'c1', '2049-09-14', 'the message');
    assert.doesNotMatch(Buffer.from(sealed.ciphertext, 'base64').toString('latin1'), /message/);
    assert.equal(unseal(key, 'c1', '2049-09-14', sealed), 'the message');
    assert.equal(unseal(key, 'c1', '2025-06-02', sealed), null, 'an opening day moved in the database opens nothing');
    assert.equal(unseal(key, 'c2', '2049-09-14', sealed), null);
    const other = { bytes: randomBytes(32), path: 'other' };
    assert.equal(unseal(other, 'c1', '2049-09-14', sealed), null);
  });

  it('reads a key of 32 raw bytes or 64 hex digits; names a missing or malformed file', () => {
    const raw = join(dir, 'raw.key');
    writeFileSync(raw, randomBytes(32));
    assert.ok(readKeyFile(raw).ok);
    const short = join(dir, 'short.key');
    writeFileSync(short, 'abc');
    assert.deepEqual(readKeyFile(short), { ok: false, problem: 'malformed' });
    assert.deepEqual(readKeyFile(join(dir, 'nowhere.key')), { ok: false, problem: 'missing' });
  });
});
