import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  ATTEMPT_WINDOW_MS,
  MAX_ACCOUNT_ATTEMPTS,
  MAX_ADDRESS_ATTEMPTS,
  SESSION_IDLE_MS,
  isSessionValid,
  normalizeEmail,
  throttledUntil,
} from './accounts.ts';

const at = (minutes: number) => new Date(Date.UTC(2025, 0, 1, 9, 0) + minutes * 60_000);

describe('sessions', () => {
  const session = { lastSeenAt: at(0), expiresAt: at(12 * 60) };
  it('stay valid while used', () => assert.equal(isSessionValid(session, at(119)), true));
  it('end after two idle hours', () => assert.equal(isSessionValid(session, at(SESSION_IDLE_MS / 60_000)), false));
  it('end at their expiry, however busy', () =>
    assert.equal(isSessionValid({ lastSeenAt: at(12 * 60 - 1), expiresAt: at(12 * 60) }, at(12 * 60)), false));
});

describe('sign-in throttling', () => {
  const minutes = (n: number) => Array.from({ length: n }, (_, i) => at(i));
  const account = (dates: Date[]) => ({ account: dates, address: dates });
  const open = { account: [], address: [] };
  it('lets a first attempt through', () => assert.equal(throttledUntil(open, at(0)), null));
  it('lets a fifth attempt for an account through after four others', () =>
    assert.equal(throttledUntil(account(minutes(MAX_ACCOUNT_ATTEMPTS - 1)), at(5)), null));
  it('holds a sixth, until the oldest of the five falls out of the window', () => {
    assert.deepEqual(
      throttledUntil(account(minutes(MAX_ACCOUNT_ATTEMPTS)), at(5)),
      new Date(at(0).getTime() + ATTEMPT_WINDOW_MS),
    );
  });
  it('forgets attempts older than the window', () =>
    assert.equal(throttledUntil(account(minutes(MAX_ACCOUNT_ATTEMPTS)), at(15)), null));
  it('counts attempts made at the same instant, as parallel ones are', () => {
    assert.ok(throttledUntil(account(Array.from({ length: MAX_ACCOUNT_ATTEMPTS }, () => at(0))), at(0)));
  });
  const halfMinutes = (n: number) => Array.from({ length: n }, (_, i) => at(i / 2));
  it('lets an address try twenty accounts, one each, and holds the twenty-first', () => {
    assert.equal(throttledUntil({ account: [], address: halfMinutes(MAX_ADDRESS_ATTEMPTS - 1) }, at(10)), null);
    assert.deepEqual(
      throttledUntil({ account: [], address: halfMinutes(MAX_ADDRESS_ATTEMPTS) }, at(10)),
      new Date(at(0).getTime() + ATTEMPT_WINDOW_MS),
    );
  });
  it('waits for whichever limit opens last', () => {
    const held = throttledUntil(
      {
        account: minutes(MAX_ACCOUNT_ATTEMPTS).map((d) => new Date(d.getTime() + 10 * 60_000)),
        address: halfMinutes(MAX_ADDRESS_ATTEMPTS),
      },
      at(14),
    );
    assert.deepEqual(held, new Date(at(10).getTime() + ATTEMPT_WINDOW_MS));
  });
});

it('compares e-mail addresses without case or spaces', () =>
  assert.equal(normalizeEmail('  Editor@CICA.Test '), 'editor@cica.test'));
