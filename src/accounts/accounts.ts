/**
 * Account rules: how long a session lives and when sign-in is throttled. Times
 * are passed in; nothing here reads the clock.
 */

/** A session ends 12 hours after sign-in, or after 2 hours without a request. */
export const SESSION_LIFETIME_MS = 12 * 60 * 60 * 1000;
export const SESSION_IDLE_MS = 2 * 60 * 60 * 1000;

/**
 * Sign-in counts attempts, not failures: an attempt counts from the moment it arrives,
 * before its password is checked (a slow check), so guesses sent at once each see the
 * others. A wrong password stays counted until it leaves the window; a right one, and an
 * attempt refused here, are not kept, so a locked-out person retrying does not prolong
 * the lock. Five per account and twenty per address within 15 minutes; at the limit
 * even the right password waits.
 */
export const MAX_ACCOUNT_ATTEMPTS = 5;
export const MAX_ADDRESS_ATTEMPTS = 20;
export const ATTEMPT_WINDOW_MS = 15 * 60 * 1000;

export type SessionTimes = Readonly<{ lastSeenAt: Date; expiresAt: Date }>;

export function isSessionValid(session: SessionTimes, now: Date): boolean {
  return now < session.expiresAt && now.getTime() - session.lastSeenAt.getTime() < SESSION_IDLE_MS;
}

/** The other attempts kept for the account being signed in to, and for the address asking. */
export type Attempts = Readonly<{ account: readonly Date[]; address: readonly Date[] }>;

/** When an attempt may go on to the password check, given the others; null if it may now. */
export function throttledUntil(others: Attempts, now: Date): Date | null {
  const until = [
    reopensAt(others.account, MAX_ACCOUNT_ATTEMPTS, now),
    reopensAt(others.address, MAX_ADDRESS_ATTEMPTS, now),
  ].filter((d): d is Date => d !== null);
  return until.length === 0 ? null : new Date(Math.max(...until.map((d) => d.getTime())));
}

/** With `max` attempts in the window already, one more waits until the oldest of them falls out. */
function reopensAt(attempts: readonly Date[], max: number, now: Date): Date | null {
  const recent = attempts
    .filter((at) => now.getTime() - at.getTime() < ATTEMPT_WINDOW_MS)
    .sort((a, b) => a.getTime() - b.getTime());
  if (recent.length < max) return null;
  return new Date(recent[recent.length - max]!.getTime() + ATTEMPT_WINDOW_MS);
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
