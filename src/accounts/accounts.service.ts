import './accounts.messages.ts';
import { createHash, randomBytes } from 'node:crypto';
import { newId } from '../platform/ids.ts';
import { hash, verify } from '@node-rs/argon2';
import { createChanges } from '../platform/changes.ts';
import type { Actor } from '../platform/access.ts';
import type { Clock } from '../platform/clock.ts';
import type { Db } from '../platform/db/database.ts';
import type { AuditedKind } from '../platform/records.ts';
import { DomainError } from '../platform/errors.ts';
import { ATTEMPT_WINDOW_MS, SESSION_LIFETIME_MS, isSessionValid, normalizeEmail, throttledUntil } from './accounts.ts';
import type { AccountInput } from './accounts.schema.ts';
import { type AccountRecord, createAccountsStore } from './accounts.store.ts';

export type SignInResult =
  | { ok: true; token: string; actor: Actor; expiresAt: Date }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'throttled'; retryAt: Date };

/** Only the token's hash is stored, so a copy of the database holds no usable session. */
const sessionId = (token: string) => createHash('sha256').update(token).digest('hex');

// Verifying against a fixed hash when the address is unknown keeps the answer's timing the same.
const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$P6gN6qC7rkqH/DQQq5eDCg$qvCpyuxqvbTMKLiTA93aQRpSSfcMOnq0qRr7KojpeiE';

const actorOf = ({ passwordHash: _, retiredAt: __, ...actor }: AccountRecord): Actor => actor;

export function createAccountsService(db: Db, clock: Clock) {
  const store = createAccountsStore(db);
  const change = createChanges(db, clock);
  return {
    async create(input: AccountInput, by: Actor | null): Promise<Actor> {
      const email = normalizeEmail(input.email);
      if (await store.byEmail(email))
        throw new DomainError('ACCOUNT_EXISTS', `an account for ${email} exists`, [
          { field: 'email', message: 'field.emailTaken' },
        ]);
      const account = { id: newId(), email, name: input.name, role: input.role, stateCode: input.stateCode ?? null };
      const passwordHash = await hash(input.password);
      const result = await change(by, async (c) => {
        await createAccountsStore(c.trx).insert({ ...account, passwordHash, createdAt: c.at });
        await c.audit({
          action: 'create',
          recordType: 'account',
          recordId: account.id,
          before: null,
          after: { email, name: input.name, role: input.role, state_code: account.stateCode },
        });
        return { ok: true, id: account.id };
      });
      // Two creations of one address at once: the second meets the unique e-mail.
      if (!result.ok)
        throw new DomainError('ACCOUNT_EXISTS', `an account for ${email} exists`, [
          { field: 'email', message: 'field.emailTaken' },
        ]);
      return account;
    },

    async list(): Promise<Actor[]> {
      return (await store.list()).filter((a) => a.retiredAt === null).map(actorOf);
    },

    /** How the audit log names an account: by the person's name, retired accounts too. */
    audited: {
      type: 'account',
      label: 'office.accounts',
      one: 'office.account',
      fields: { name: 'office.name', email: 'office.email', role: 'office.role', state_code: 'office.stateOfDelegate' },
      names: async (ids) => new Map((await store.list()).filter((a) => ids.includes(a.id)).map((a) => [a.id, a.name])),
      path: null,
    } satisfies AuditedKind as AuditedKind,

    /** `address` is the client's, as the HTTP layer saw it (req.ip, forwarded only by a trusted proxy). */
    async signIn(emailAsTyped: string, password: string, address: string): Promise<SignInResult> {
      const email = normalizeEmail(emailAsTyped);
      const now = clock.now();
      const windowStart = new Date(now.getTime() - ATTEMPT_WINDOW_MS).toISOString();
      // Kept before counting, and counted before the password is checked: see accounts.ts.
      const attempt = await store.recordAttempt({ email, address, at: now.toISOString() });
      await store.deleteAttemptsUntil(windowStart);
      const retryAt = throttledUntil(await store.attemptsBesides(attempt, email, address, windowStart), now);
      if (retryAt) {
        await store.deleteAttempt(attempt);
        return { ok: false, reason: 'throttled', retryAt };
      }
      const account = await store.byEmail(email);
      const valid = await verify(account?.passwordHash ?? DUMMY_HASH, password).catch(() => false);
      // A wrong password's attempt stays, counted as a failure until it is old.
      if (!account || !valid || account.retiredAt !== null) return { ok: false, reason: 'invalid' };
      await store.deleteAttempt(attempt);
      const token = randomBytes(32).toString('base64url');
      const expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS);
      await store.insertSession({
        id: sessionId(token),
        accountId: account.id,
        createdAt: now.toISOString(),
        expiresAt: expiresAt.toISOString(),
      });
      await store.deleteExpiredSessions(now.toISOString());
      return { ok: true, token, actor: actorOf(account), expiresAt };
    },

    /** The person behind a session cookie, or null once the session has ended. Each use keeps it alive. */
    async actorFor(token: string | undefined): Promise<Actor | null> {
      if (!token) return null;
      const id = sessionId(token);
      const found = await store.sessionWithAccount(id);
      const now = clock.now();
      if (!found || found.account.retiredAt !== null || !isSessionValid(found, now)) {
        if (found) await store.deleteSession(id);
        return null;
      }
      await store.touchSession(id, now.toISOString());
      return actorOf(found.account);
    },

    /** A token for the API, shown once; only its hash is kept. */
    async createToken(email: string, label: string): Promise<string> {
      const account = await store.byEmail(normalizeEmail(email));
      if (!account || account.retiredAt !== null)
        throw new DomainError('RECORD_NOT_FOUND', `no account ${email}`, [
          { field: 'email', message: 'no such account' },
        ]);
      const token = `sec_${randomBytes(32).toString('base64url')}`;
      await store.insertToken({
        id: sessionId(token),
        accountId: account.id,
        label,
        createdAt: clock.now().toISOString(),
      });
      return token;
    },

    async actorForToken(token: string | undefined): Promise<Actor | null> {
      if (!token) return null;
      const account = await store.accountForToken(sessionId(token));
      return account && account.retiredAt === null ? actorOf(account) : null;
    },

    async actorByEmail(email: string): Promise<Actor | null> {
      const account = await store.byEmail(normalizeEmail(email));
      return account && account.retiredAt === null ? actorOf(account) : null;
    },

    async signOut(token: string | undefined): Promise<void> {
      if (token) await store.deleteSession(sessionId(token));
    },

    async cookieSecret(): Promise<string> {
      return store.secret('cookie-secret');
    },
  };
}

export type AccountsService = ReturnType<typeof createAccountsService>;
