import assert from 'node:assert/strict';
import { it } from 'node:test';
import { parseSizes, sizeFor, srcsetOf, widthsFor } from './pictures.ts';

it('makes the widths a picture can give, never enlarging it', () => {
  assert.deepEqual(widthsFor(4000), [480, 960, 1600]);
  assert.deepEqual(widthsFor(1200), [480, 960, 1200]);
  assert.deepEqual(widthsFor(300), [300]);
});

it('offers every width in a srcset from the site itself, and picks the narrowest wide enough to print', () => {
  const sizes = [
    { width: 960, height: 640, key: 'b' },
    { width: 480, height: 320, key: 'a' },
  ];
  assert.equal(srcsetOf('p1', sizes), '/pictures/p1/480.jpg 480w, /pictures/p1/960.jpg 960w');
  assert.equal(sizeFor(sizes, 600)?.key, 'b');
  assert.equal(sizeFor(sizes, 2000)?.key, 'b', 'the widest there is');
  assert.equal(sizeFor([], 100), null);
});

it('reads stored sizes back and drops what is not a size', () => {
  assert.deepEqual(parseSizes('[{"width":480,"height":320,"key":"a"},{"width":"x"}]'), [
    { width: 480, height: 320, key: 'a' },
  ]);
  assert.deepEqual(parseSizes('not json'), []);
  assert.deepEqual(parseSizes('{"width":1}'), []);
});
