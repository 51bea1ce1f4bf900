import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { FAILURE_WINDOW_MS, MAX_FAILURES, SESSION_IDLE_MS, isSessionValid, normalizeEmail, throttledUntil } from './accounts.ts';

const at = (minutes: number) => new Date(Date.UTC(2025, 0, 1, 9, 0) + minutes * 60_000);

describe('sessions', () => {
  const session = { lastSeenAt: at(0), expiresAt: at(12 * 60) };
  it('stay valid while used', () => assert.equal(isSessionValid(session, at(119)), true));
  it('end after two idle hours', () => assert.equal(isSessionValid(session, at(SESSION_IDLE_MS / 60_000)), false));
  it('end at their expiry, however busy', () => assert.equal(isSessionValid({ lastSeenAt: at(12 * 60 - 1), expiresAt: at(12 * 60) }, at(12 * 60)), false));
});

describe('sign-in throttling', () => {
  const failures = Array.from({ length: MAX_FAILURES }, (_, i) => at(i));
  it('allows up to four failures', () => assert.equal(throttledUntil(failures.slice(1), at(5)), null));
  it('locks after five within the window, until the oldest falls out', () => {
    assert.deepEqual(throttledUntil(failures, at(5)), new Date(at(0).getTime() + FAILURE_WINDOW_MS));
  });
  it('forgets failures older than the window', () => assert.equal(throttledUntil(failures, at(15)), null));
});

it('compares e-mail addresses without case or spaces', () => assert.equal(normalizeEmail('  Editor@CICA.Test '), 'editor@cica.test'));
