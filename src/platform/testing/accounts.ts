import type { Actor } from '../access.ts';
import type { Db } from '../db/database.ts';
import type { PlatformHandle } from './app.ts';
import { Client, PASSWORD, seedAccounts } from './client.ts';

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

/** The editor and the reviewer of `seedAccounts`, each signed in in a client of their own, and the editor as services see them. */
export type SignedInStaff = Readonly<{ editor: Client; reviewer: Client; actor: Actor }>;

/** Seeds the accounts and signs the editor and the reviewer in: the set-up of every office story. */
export async function signedInStaff(app: PlatformHandle): Promise<SignedInStaff> {
  const emails = await seedAccounts(app.db(), app.clock);
  const editor = new Client(app());
  const reviewer = new Client(app());
  await editor.signIn(emails.editor, PASSWORD);
  await reviewer.signIn(emails.reviewer, PASSWORD);
  const account = await app
    .db()
    .selectFrom('account')
    .select(['id', 'name'])
    .where('email', '=', emails.editor)
    .executeTakeFirstOrThrow();
  return {
    editor,
    reviewer,
    actor: { id: account.id, email: emails.editor, name: account.name, role: 'editor', stateCode: null },
  };
}
