import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseFrontMatter } from './front-matter.ts';
import { parseJson } from './json.ts';

const refused = (text: string) => {
  const result = parseFrontMatter(text);
  assert.equal(result.ok, false, `expected ${JSON.stringify(text)} to be refused`);
  return result.ok ? '' : result.reason;
};

describe('front matter is YAML data and nothing else', () => {
  it('reads fields, keeping an unquoted date as text', () => {
    const result = parseFrontMatter('---\ntitle: Council\ndate: 2024-12-17\nstates: [AZ, KZ]\n---\nThe text.\n');
    assert.deepEqual(result, {
      ok: true,
      data: { title: 'Council', date: '2024-12-17', states: ['AZ', 'KZ'] },
      body: 'The text.\n',
    });
  });

  it('reads a file without front matter as all body, and "---yaml" as YAML', () => {
    assert.deepEqual(parseFrontMatter('Just text.'), { ok: true, data: {}, body: 'Just text.' });
    assert.equal(parseFrontMatter('---yaml\na: 1\n---\nx').ok, true);
  });

  it('refuses front matter in another language, never running it', () => {
    (globalThis as { pwned?: boolean }).pwned = false;
    for (const lang of ['js', 'javascript', 'coffee', ' js', 'JS']) {
      assert.match(refused(`---${lang}\n{ title: (globalThis.pwned = true, "x") }\n---\nbody`), /must be YAML/);
    }
    assert.equal((globalThis as { pwned?: boolean }).pwned, false);
  });

  it('refuses YAML tags, standard or custom', () => {
    assert.match(refused('---\ntitle: !!js/function "function () { return 1 }"\n---\n'), /tag/);
    assert.match(refused('---\ntitle: !!js/undefined ""\n---\n'), /tag/);
    assert.match(refused('---\nimage: !!binary aGVsbG8=\n---\n'), /YAML tags \("!!binary"\)/);
    assert.match(refused('---\ntitle: !custom x\n---\n'), /tag/);
  });

  it('refuses anchors and aliases, so a small file cannot expand to a huge one', () => {
    assert.match(refused('---\na: &a [x, x]\nb: [*a, *a]\n---\n'), /anchors or aliases/);
  });

  it('refuses keys that reach the prototype, and duplicate keys', () => {
    assert.match(refused('---\n__proto__: { admin: true }\n---\n'), /"__proto__"/);
    assert.match(refused('---\ncontact:\n  constructor: { prototype: { x: 1 } }\n---\n'), /"constructor"/);
    assert.match(refused('---\ntitle: a\ntitle: b\n---\n'), /not valid YAML/);
  });

  it('refuses front matter that is not closed, or is not a map', () => {
    assert.match(refused('---\ntitle: a\n'), /not closed/);
    assert.match(refused('---\n- a\n- b\n---\n'), /list of fields/);
  });
});

describe('JSON input', () => {
  it('reads ordinary JSON', () => {
    assert.deepEqual(parseJson('[{"a":1}]'), { ok: true, value: [{ a: 1 }] });
  });

  it('refuses prototype keys at any depth, naming the key', () => {
    assert.deepEqual(parseJson('{"a":{"__proto__":{"x":1}}}'), {
      ok: false,
      reason: 'the key "__proto__" is not allowed in JSON input',
    });
    assert.deepEqual(parseJson('[{"constructor":{"prototype":{}}}]'), {
      ok: false,
      reason: 'the key "prototype" is not allowed in JSON input',
    });
    assert.equal(({} as { x?: unknown }).x, undefined);
  });

  it('says why broken or empty JSON is refused', () => {
    assert.match((parseJson('[{') as { reason: string }).reason, /^not valid JSON/);
    assert.deepEqual(parseJson('  '), { ok: false, reason: 'the body is empty; expected JSON' });
  });
});
