/**
 * Account rules: how long a session lives and when sign-in is throttled. Times
 * are passed in; nothing here reads the clock.
 */

/** A session ends 12 hours after sign-in, or after 2 hours without a request. */
export const SESSION_LIFETIME_MS = 12 * 60 * 60 * 1000;
export const SESSION_IDLE_MS = 2 * 60 * 60 * 1000;

/** Five failed attempts for one address within 15 minutes lock it until the oldest falls out of the window. */
export const MAX_FAILURES = 5;
export const FAILURE_WINDOW_MS = 15 * 60 * 1000;

export type SessionTimes = Readonly<{ lastSeenAt: Date; expiresAt: Date }>;

export function isSessionValid(session: SessionTimes, now: Date): boolean {
  return now < session.expiresAt && now.getTime() - session.lastSeenAt.getTime() < SESSION_IDLE_MS;
}

/** When sign-in for an address opens again, or null if it is open now. */
export function throttledUntil(failures: readonly Date[], now: Date): Date | null {
  const recent = failures.filter((at) => now.getTime() - at.getTime() < FAILURE_WINDOW_MS).sort((a, b) => a.getTime() - b.getTime());
  if (recent.length < MAX_FAILURES) return null;
  return new Date(recent[recent.length - MAX_FAILURES]!.getTime() + FAILURE_WINDOW_MS);
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
