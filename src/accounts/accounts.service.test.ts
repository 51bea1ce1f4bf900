import assert from 'node:assert/strict';
import { beforeEach } from 'node:test';
import { fixedClock } from '../platform/clock.ts';
import { describeEachEngine } from '../platform/testing/engines.ts';
import { ATTEMPT_WINDOW_MS, MAX_ACCOUNT_ATTEMPTS, MAX_ADDRESS_ATTEMPTS } from './accounts.ts';
import { createAccountsService } from './accounts.service.ts';

const ADDRESS = '192.0.2.1';

describeEachEngine('accounts and sessions', (record, it) => {
  let clock = fixedClock('2025-06-01', '09:00:00');
  const accounts = () => createAccountsService(record().db, clock);
  beforeEach(async () => {
    clock = fixedClock('2025-06-01', '09:00:00');
    await accounts().create(
      { email: 'Editor@CICA.test', name: 'Erlan Editor', role: 'editor', password: 'a long enough secret' },
      null,
    );
  });

  it('creates an account and signs it in with its password only', async () => {
    const ok = await accounts().signIn('editor@cica.test', 'a long enough secret', ADDRESS);
    assert.equal(ok.ok, true);
    assert.equal((await accounts().signIn('editor@cica.test', 'wrong password!!', ADDRESS)).ok, false);
    assert.equal((await accounts().signIn('nobody@cica.test', 'a long enough secret', ADDRESS)).ok, false);
    if (ok.ok) assert.equal((await accounts().actorFor(ok.token))?.email, 'editor@cica.test');
  });

  it('refuses a second account for the same address', async () => {
    await assert.rejects(
      accounts().create(
        { email: 'editor@cica.test', name: 'Again', role: 'reviewer', password: 'another long secret' },
        null,
      ),
      { code: 'ACCOUNT_EXISTS' },
    );
  });

  it('stores only a hash of the password and of the session token', async () => {
    const result = await accounts().signIn('editor@cica.test', 'a long enough secret', ADDRESS);
    assert.ok(result.ok);
    const account = await record().db.selectFrom('account').select('password_hash').executeTakeFirstOrThrow();
    assert.match(account.password_hash, /^\$argon2id\$/);
    const sessions = await record().db.selectFrom('session').select('id').execute();
    assert.ok(sessions.every((s) => s.id !== result.token));
  });

  it('ends a session after two idle hours, and on sign-out', async () => {
    const result = await accounts().signIn('editor@cica.test', 'a long enough secret', ADDRESS);
    assert.ok(result.ok);
    clock.advance(119 * 60_000);
    assert.ok(await accounts().actorFor(result.token), 'still in use');
    clock.advance(121 * 60_000);
    assert.equal(await accounts().actorFor(result.token), null);
    const again = await accounts().signIn('editor@cica.test', 'a long enough secret', ADDRESS);
    assert.ok(again.ok);
    await accounts().signOut(again.token);
    assert.equal(await accounts().actorFor(again.token), null);
  });

  it('throttles an address after five failures, even for the right password', async () => {
    for (let i = 0; i < 5; i++)
      assert.deepEqual(await accounts().signIn('editor@cica.test', `wrong ${i} password`, ADDRESS), {
        ok: false,
        reason: 'invalid',
      });
    const locked = await accounts().signIn('editor@cica.test', 'a long enough secret', ADDRESS);
    assert.equal(locked.ok, false);
    assert.equal(!locked.ok && locked.reason, 'throttled');
    clock.advance(15 * 60_000);
    assert.equal((await accounts().signIn('editor@cica.test', 'a long enough secret', ADDRESS)).ok, true);
  });

  it('records who created an account in the audit trail', async () => {
    const entries = await record()
      .db.selectFrom('audit_entry')
      .selectAll()
      .where('record_type', '=', 'account')
      .execute();
    assert.equal(entries.length, 1);
    assert.doesNotMatch(entries[0]!.after ?? '', /argon2|secret/, 'no password in the audit trail');
  });
});

describeEachEngine('sign-in throttling', (record, it) => {
  let clock = fixedClock('2025-06-01', '09:00:00');
  const accounts = () => createAccountsService(record().db, clock);
  const PASSWORD = 'a long enough secret';
  const reasons = (results: ReadonlyArray<{ ok: boolean; reason?: string }>) =>
    results.map((r) => (r.ok ? 'ok' : r.reason));
  const count = (list: readonly unknown[], value: unknown) => list.filter((x) => x === value).length;
  beforeEach(async () => {
    clock = fixedClock('2025-06-01', '09:00:00');
    await accounts().create(
      { email: 'editor@cica.test', name: 'Erlan Editor', role: 'editor', password: PASSWORD },
      null,
    );
  });

  it('counts attempts sent at once: of 25 wrong passwords in parallel, at most five have their password checked', async () => {
    const results = reasons(
      await Promise.all(
        Array.from({ length: 25 }, (_, i) =>
          accounts().signIn('editor@cica.test', `wrong ${i} password`, `198.51.100.${i}`),
        ),
      ),
    );
    assert.ok(count(results, 'invalid') <= MAX_ACCOUNT_ATTEMPTS, results.join(' '));
    assert.equal(count(results, 'invalid') + count(results, 'throttled'), 25);
  });

  it('19 wrong and the right one at once: at most five are checked, and the right one gets in only as one of them', async () => {
    const guesses = [...Array.from({ length: 19 }, (_, i) => `wrong ${i} password`), PASSWORD];
    const results = reasons(
      await Promise.all(guesses.map((p, i) => accounts().signIn('editor@cica.test', p, `198.51.100.${i}`))),
    );
    assert.ok(results.length - count(results, 'throttled') <= MAX_ACCOUNT_ATTEMPTS, results.join(' '));
  });

  it('once five wrong passwords are kept for an account, the right one waits, from any address', async () => {
    for (let i = 0; i < MAX_ACCOUNT_ATTEMPTS; i++)
      assert.equal(
        reasons([await accounts().signIn('editor@cica.test', `wrong ${i} password`, ADDRESS)])[0],
        'invalid',
      );
    const results = reasons(
      await Promise.all(
        ['198.51.100.7', '198.51.100.8', ADDRESS].map((a) => accounts().signIn('Editor@CICA.test', PASSWORD, a)),
      ),
    );
    assert.deepEqual(results, ['throttled', 'throttled', 'throttled']);
  });

  it('does not keep a refused attempt: retrying while held does not put off the reopening', async () => {
    for (let i = 0; i < MAX_ACCOUNT_ATTEMPTS; i++)
      await accounts().signIn('editor@cica.test', `wrong ${i} password`, ADDRESS);
    const first = await accounts().signIn('editor@cica.test', PASSWORD, ADDRESS);
    clock.advance(ATTEMPT_WINDOW_MS - 60_000);
    const later = await accounts().signIn('editor@cica.test', PASSWORD, ADDRESS);
    assert.ok(!first.ok && first.reason === 'throttled' && !later.ok && later.reason === 'throttled');
    assert.deepEqual(later.retryAt, first.retryAt);
    clock.advance(60_000);
    assert.equal((await accounts().signIn('editor@cica.test', PASSWORD, ADDRESS)).ok, true);
  });

  it('does not keep a right password: signing in often holds nobody', async () => {
    for (let i = 0; i < MAX_ADDRESS_ATTEMPTS + 1; i++)
      assert.equal((await accounts().signIn('editor@cica.test', PASSWORD, ADDRESS)).ok, true);
    const kept = await record()
      .db.selectFrom('sign_in_attempt')
      .select('id')
      .where('at', '>', new Date(clock.now().getTime() - ATTEMPT_WINDOW_MS).toISOString())
      .execute();
    assert.equal(kept.length, 0);
  });

  it('counts an address across accounts: the twenty-first account tried from it waits, while another address may still try', async () => {
    const tried = await Promise.all(
      Array.from({ length: MAX_ADDRESS_ATTEMPTS + 5 }, (_, i) =>
        accounts().signIn(`someone${i}@cica.test`, 'a guess at a password', ADDRESS),
      ),
    );
    assert.ok(count(reasons(tried), 'invalid') <= MAX_ADDRESS_ATTEMPTS);
    for (
      let i = 0;
      count(reasons([await accounts().signIn(`other${i}@cica.test`, 'a guess at a password', ADDRESS)]), 'invalid') ===
      1;
      i++
    ) {
      assert.ok(i < MAX_ADDRESS_ATTEMPTS, 'the address is held before twenty more');
    }
    assert.equal(reasons([await accounts().signIn('editor@cica.test', PASSWORD, ADDRESS)])[0], 'throttled');
    assert.equal((await accounts().signIn('editor@cica.test', PASSWORD, '198.51.100.200')).ok, true);
  });

  it('forgets attempts older than the window, in the database too', async () => {
    await accounts().signIn('editor@cica.test', 'wrong password', ADDRESS);
    clock.advance(ATTEMPT_WINDOW_MS);
    await accounts().signIn('editor@cica.test', 'wrong password', ADDRESS);
    const kept = await record().db.selectFrom('sign_in_attempt').select('at').execute();
    assert.deepEqual(
      kept.map((r) => r.at),
      [clock.now().toISOString()],
    );
  });
});
