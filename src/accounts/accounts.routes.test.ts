import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { usePlatform } from '../platform/testing/app.ts';
import { PASSWORD, type Reply, seedAccounts, signInAttempts } from '../platform/testing/client.ts';
import { MAX_ACCOUNT_ATTEMPTS, MAX_ADDRESS_ATTEMPTS } from './accounts.ts';

const answered = (replies: readonly Reply[]) => replies.filter((r) => r.statusCode !== 429);
const signedIn = (r: Reply) => r.cookies.some((c) => c.name === 'sid' && c.value !== '');

describe('sign-in throttling over HTTP', () => {
  const app = usePlatform();
  let emails: Awaited<ReturnType<typeof seedAccounts>>;
  beforeEach(async () => {
    emails = await seedAccounts(app.db(), app.clock);
  });

  it('25 parallel wrong passwords give at most 5 answers other than 429', async () => {
    const attempt = await signInAttempts(app(), '192.0.2.10');
    const replies = await Promise.all(
      Array.from({ length: 25 }, (_, i) => attempt(emails.editor, `wrong password ${i}`)),
    );
    assert.ok(answered(replies).length <= MAX_ACCOUNT_ATTEMPTS, replies.map((r) => r.statusCode).join(' '));
    assert.ok(answered(replies).every((r) => r.statusCode === 401));
  });

  it('19 wrong and 1 right in parallel: at most 5 are answered with other than 429, the right one only as one of them', async () => {
    const attempt = await signInAttempts(app(), '192.0.2.11');
    const replies = await Promise.all([
      ...Array.from({ length: 19 }, (_, i) => attempt(emails.editor, `wrong password ${i}`)),
      attempt(emails.editor, PASSWORD),
    ]);
    assert.ok(answered(replies).length <= MAX_ACCOUNT_ATTEMPTS, replies.map((r) => r.statusCode).join(' '));
    assert.equal(signedIn(replies.at(-1)!), replies.at(-1)!.statusCode === 303);
  });

  it('19 wrong and 1 right in parallel, once the limit is reached: the right one does not get in', async () => {
    const attempt = await signInAttempts(app(), '192.0.2.12');
    for (let i = 0; i < MAX_ACCOUNT_ATTEMPTS; i++)
      assert.equal((await attempt(emails.editor, `wrong password ${i}`)).statusCode, 401);
    const replies = await Promise.all([
      ...Array.from({ length: 19 }, (_, i) => attempt(emails.editor, `wrong again ${i}`)),
      attempt(emails.editor, PASSWORD),
    ]);
    assert.deepEqual(
      replies.map((r) => r.statusCode),
      Array(20).fill(429),
    );
    assert.ok(!replies.some(signedIn));
    assert.match(replies.at(-1)!.body, /Too many failed attempts/);
  });

  it('a forged X-Forwarded-For does not reset the per-address count', async () => {
    const attempt = await signInAttempts(app(), '192.0.2.13');
    const statuses: number[] = [];
    for (let i = 0; i < MAX_ADDRESS_ATTEMPTS + 3; i++) {
      statuses.push(
        (await attempt(`guess${i}@cica.test`, 'a guess at a password', { 'x-forwarded-for': `203.0.113.${i}` }))
          .statusCode,
      );
    }
    assert.deepEqual(statuses, [...Array(MAX_ADDRESS_ATTEMPTS).fill(401), 429, 429, 429]);
    // The right password from the held address waits too; from another address it is let in.
    assert.equal((await attempt(emails.reviewer, PASSWORD, { 'x-forwarded-for': '203.0.113.200' })).statusCode, 429);
    const elsewhere = await (await signInAttempts(app(), '192.0.2.14'))(emails.reviewer, PASSWORD);
    assert.equal(elsewhere.statusCode, 303);
    assert.ok(signedIn(elsewhere));
  });
});
