import assert from 'node:assert/strict';
import { fixedClock } from '../platform/clock.ts';
import { describeEachEngine } from '../platform/testing/engines.ts';
import { createAccountsService } from './accounts.service.ts';

describeEachEngine('accounts and sessions', (record, it) => {
  const clock = fixedClock('2025-06-01', '09:00:00');
  const accounts = () => createAccountsService(record().db, clock);

  it('creates an account and signs it in with its password only', async () => {
    await accounts().create({ email: 'Editor@CICA.test', name: 'Erlan Editor', role: 'editor', password: 'a long enough secret' }, null);
    const ok = await accounts().signIn('editor@cica.test', 'a long enough secret');
    assert.equal(ok.ok, true);
    assert.equal((await accounts().signIn('editor@cica.test', 'wrong password!!')).ok, false);
    assert.equal((await accounts().signIn('nobody@cica.test', 'a long enough secret')).ok, false);
    if (ok.ok) assert.equal((await accounts().actorFor(ok.token))?.email, 'editor@cica.test');
  });

  it('refuses a second account for the same address', async () => {
    await assert.rejects(accounts().create({ email: 'editor@cica.test', name: 'Again', role: 'reviewer', password: 'another long secret' }, null), { code: 'ACCOUNT_EXISTS' });
  });

  it('stores only a hash of the password and of the session token', async () => {
    const result = await accounts().signIn('editor@cica.test', 'a long enough secret');
    assert.ok(result.ok);
    const account = await record().db.selectFrom('account').select('password_hash').executeTakeFirstOrThrow();
    assert.match(account.password_hash, /^\$argon2id\$/);
    const sessions = await record().db.selectFrom('session').select('id').execute();
    assert.ok(sessions.every((s) => s.id !== result.token));
  });

  it('ends a session after two idle hours, and on sign-out', async () => {
    const result = await accounts().signIn('editor@cica.test', 'a long enough secret');
    assert.ok(result.ok);
    clock.advance(119 * 60_000);
    assert.ok(await accounts().actorFor(result.token), 'still in use');
    clock.advance(121 * 60_000);
    assert.equal(await accounts().actorFor(result.token), null);
    const again = await accounts().signIn('editor@cica.test', 'a long enough secret');
    assert.ok(again.ok);
    await accounts().signOut(again.token);
    assert.equal(await accounts().actorFor(again.token), null);
  });

  it('throttles an address after five failures, even for the right password', async () => {
    for (let i = 0; i < 5; i++) assert.deepEqual(await accounts().signIn('editor@cica.test', `wrong ${i} password`), { ok: false, reason: 'invalid' });
    const locked = await accounts().signIn('editor@cica.test', 'a long enough secret');
    assert.equal(locked.ok, false);
    assert.equal(!locked.ok && locked.reason, 'throttled');
    clock.advance(15 * 60_000);
    assert.equal((await accounts().signIn('editor@cica.test', 'a long enough secret')).ok, true);
  });

  it('records who created an account in the audit trail', async () => {
    const entries = await record().db.selectFrom('audit_entry').selectAll().where('record_type', '=', 'account').execute();
    assert.equal(entries.length, 1);
    assert.doesNotMatch(entries[0]!.after ?? '', /argon2|secret/, 'no password in the audit trail');
  });
});
