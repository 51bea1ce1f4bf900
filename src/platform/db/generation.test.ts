import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { perGeneration } from './generation.ts';

describe('perGeneration', () => {
  const counter = () => {
    let reads = 0;
    let generation = 1;
    return {
      generation: { current: () => generation },
      move: () => generation++,
      load: async () => ++reads,
      reads: () => reads,
    };
  };

  it('reads once while the generation holds, and again once it moves', async () => {
    const c = counter();
    const persons = perGeneration(c.generation, c.load);
    assert.equal(await persons(''), 1);
    assert.equal(await persons(''), 1);
    c.move();
    assert.equal(await persons(''), 2);
    assert.equal(c.reads(), 2);
  });

  it('reads again when the key changes (the next day)', async () => {
    const c = counter();
    const standings = perGeneration(c.generation, async (day: string) => `${day}:${await c.load()}`);
    assert.equal(await standings('2026-12-01'), '2026-12-01:1');
    assert.equal(await standings('2026-12-01'), '2026-12-01:1');
    assert.equal(await standings('2026-12-02'), '2026-12-02:2');
  });

  it('shares one read between requests that ask at once', async () => {
    const c = counter();
    const persons = perGeneration(c.generation, c.load);
    assert.deepEqual(await Promise.all([persons(''), persons(''), persons('')]), [1, 1, 1]);
    assert.equal(c.reads(), 1);
  });

  it('keeps no failed read: the next request asks again', async () => {
    let calls = 0;
    const flaky = perGeneration({ current: () => 7 }, async () => {
      calls++;
      if (calls === 1) throw new Error('connection lost');
      return 'persons';
    });
    await assert.rejects(flaky(''), /connection lost/);
    assert.equal(await flaky(''), 'persons');
    assert.equal(calls, 2);
  });
});
