import type { Actor } from '../access.ts';
import type { Db } from '../db/database.ts';

/**
 * The accounts of actors a test hands to services directly, written as rows: such a
 * test never signs in, so no password is hashed (a tenth of a second each). Tests that
 * sign in use `seedAccounts` (client.ts).
 */
export async function addAccounts(db: Db, ...actors: readonly Actor[]): Promise<void> {
  await db
    .insertInto('account')
    .values(
      actors.map((a) => ({
        id: a.id,
        email: a.email,
        name: a.name,
        role: a.role,
        state_code: a.stateCode,
        password_hash: 'x',
        created_at: '2024-01-01T00:00:00Z',
      })),
    )
    .execute();
}
