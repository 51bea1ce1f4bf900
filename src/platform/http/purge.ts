/**
 * A CDN in front keeps anonymous pages for s-maxage seconds. When the record
 * changes, the process that changed it asks the CDN (CDN_PURGE_URL, a POST
 * with no body) to drop them, so the public sees the change at once rather
 * than when the kept copies run out. Failing to reach it is logged, never fatal:
 * the copies still expire on their own.
 */
import type { Generation } from '../db/generation.ts';

export function purgeOnChange(
  generation: Generation,
  url: string,
  warn: (message: string) => void = (m) => console.warn(m),
): void {
  generation.onBump(() => {
    void fetch(url, { method: 'POST', signal: AbortSignal.timeout(5000) })
      .then((res) => {
        if (!res.ok) warn(`the CDN purge at ${url} answered ${res.status}`);
      })
      .catch((error: unknown) => warn(`the CDN purge at ${url} failed: ${String(error)}`));
  });
}
