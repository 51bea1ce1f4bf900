import { randomBytes } from 'node:crypto';
import { newId } from '../platform/ids.ts';
import type { Db } from '../platform/db/database.ts';
import type { Actor, Role } from '../platform/access.ts';

export type AccountRecord = Actor & Readonly<{ passwordHash: string; retiredAt: string | null }>;

const toAccount = (r: {
  id: string;
  email: string;
  name: string;
  role: string;
  state_code: string | null;
  password_hash: string;
  retired_at: string | null;
}): AccountRecord => ({
  id: r.id,
  email: r.email,
  name: r.name,
  role: r.role as Role,
  stateCode: r.state_code,
  passwordHash: r.password_hash,
  retiredAt: r.retired_at,
});

export function createAccountsStore(db: Db) {
  return {
    async byEmail(email: string): Promise<AccountRecord | null> {
      const r = await db.selectFrom('account').selectAll().where('email', '=', email).executeTakeFirst();
      return r ? toAccount(r) : null;
    },
    async list(): Promise<AccountRecord[]> {
      return (await db.selectFrom('account').selectAll().orderBy('email').execute()).map(toAccount);
    },
    async insert(a: {
      id: string;
      email: string;
      name: string;
      role: Role;
      stateCode: string | null;
      passwordHash: string;
      createdAt: string;
    }): Promise<void> {
      await db
        .insertInto('account')
        .values({
          id: a.id,
          email: a.email,
          name: a.name,
          role: a.role,
          state_code: a.stateCode,
          password_hash: a.passwordHash,
          created_at: a.createdAt,
        })
        .execute();
    },

    async insertSession(s: { id: string; accountId: string; createdAt: string; expiresAt: string }): Promise<void> {
      await db
        .insertInto('session')
        .values({
          id: s.id,
          account_id: s.accountId,
          created_at: s.createdAt,
          last_seen_at: s.createdAt,
          expires_at: s.expiresAt,
        })
        .execute();
    },
    async sessionWithAccount(id: string) {
      const r = await db
        .selectFrom('session')
        .innerJoin('account', 'account.id', 'session.account_id')
        .select([
          'session.id as session_id',
          'session.last_seen_at',
          'session.expires_at',
          'account.id',
          'account.email',
          'account.name',
          'account.role',
          'account.state_code',
          'account.password_hash',
          'account.retired_at',
        ])
        .where('session.id', '=', id)
        .executeTakeFirst();
      return r
        ? { account: toAccount(r), lastSeenAt: new Date(r.last_seen_at), expiresAt: new Date(r.expires_at) }
        : null;
    },
    async touchSession(id: string, at: string): Promise<void> {
      await db.updateTable('session').set({ last_seen_at: at }).where('id', '=', id).execute();
    },
    async deleteSession(id: string): Promise<void> {
      await db.deleteFrom('session').where('id', '=', id).execute();
    },
    async deleteExpiredSessions(before: string): Promise<void> {
      await db.deleteFrom('session').where('expires_at', '<', before).execute();
    },

    /**
     * Keeps an attempt and answers its id. Never call it inside a transaction: the row must be
     * committed before the count, so that of parallel attempts each later one sees the earlier.
     */
    async recordAttempt(a: { email: string; address: string; at: string }): Promise<string> {
      const id = newId();
      await db
        .insertInto('sign_in_attempt')
        .values({ id, ...a })
        .execute();
      return id;
    },
    /** The attempts kept after a time, other than `id`, for an account and for an address. */
    async attemptsBesides(
      id: string,
      email: string,
      address: string,
      after: string,
    ): Promise<{ account: Date[]; address: Date[] }> {
      const rows = await db
        .selectFrom('sign_in_attempt')
        .select(['email', 'address', 'at'])
        .where((eb) => eb.or([eb('email', '=', email), eb('address', '=', address)]))
        .where('at', '>', after)
        .where('id', '!=', id)
        .execute();
      return {
        account: rows.filter((r) => r.email === email).map((r) => new Date(r.at)),
        address: rows.filter((r) => r.address === address).map((r) => new Date(r.at)),
      };
    },
    async deleteAttempt(id: string): Promise<void> {
      await db.deleteFrom('sign_in_attempt').where('id', '=', id).execute();
    },
    async deleteAttemptsUntil(until: string): Promise<void> {
      await db.deleteFrom('sign_in_attempt').where('at', '<=', until).execute();
    },

    async insertToken(t: { id: string; accountId: string; label: string; createdAt: string }): Promise<void> {
      await db
        .insertInto('api_token')
        .values({ id: t.id, account_id: t.accountId, label: t.label, created_at: t.createdAt })
        .execute();
    },
    async accountForToken(id: string): Promise<AccountRecord | null> {
      const r = await db
        .selectFrom('api_token')
        .innerJoin('account', 'account.id', 'api_token.account_id')
        .select([
          'account.id',
          'account.email',
          'account.name',
          'account.role',
          'account.state_code',
          'account.password_hash',
          'account.retired_at',
        ])
        .where('api_token.id', '=', id)
        .executeTakeFirst();
      return r ? toAccount(r) : null;
    },

    /** A secret shared by every application process, made once and kept in the record. */
    async secret(key: string): Promise<string> {
      const found = await db.selectFrom('setting').select('value').where('key', '=', key).executeTakeFirst();
      if (found) return found.value;
      const value = randomBytes(32).toString('base64url');
      await db
        .insertInto('setting')
        .values({ key, value })
        .onConflict((oc) => oc.column('key').doNothing())
        .execute();
      return (await db.selectFrom('setting').select('value').where('key', '=', key).executeTakeFirstOrThrow()).value;
    },
  };
}

export type AccountsStore = ReturnType<typeof createAccountsStore>;
