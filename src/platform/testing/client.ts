/**
 * A browser in miniature for `inject` tests: it keeps its cookies, and puts the
 * CSRF token a page gave it into the forms it posts.
 */
import type { FastifyInstance } from 'fastify';
import type { Role } from '../access.ts';
import { createAccountsService } from '../../accounts/accounts.service.ts';
import type { Clock } from '../clock.ts';
import type { Db } from '../db/database.ts';
import { multipartBody } from './sample-files.ts';

export type Reply = Awaited<ReturnType<FastifyInstance['inject']>>;

export class Client {
  private cookies = new Map<string, string>();
  private csrf: string | null = null;
  constructor(private readonly app: FastifyInstance) {}

  private remember(res: Reply): Reply {
    for (const c of res.cookies) {
      // The server clears a cookie by expiring it in 1970; test clocks make any other date meaningless here.
      if (c.value === '' || (c.expires && c.expires.getTime() <= 0)) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    const token = /name="_csrf" value="([^"]+)"/.exec(res.body)?.[1];
    if (token) this.csrf = token;
    return res;
  }

  private get cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  async get(url: string): Promise<Reply> {
    return this.remember(await this.app.inject({ method: 'GET', url, headers: { cookie: this.cookieHeader } }));
  }

  /** Posts a form; fetches a page first if no CSRF token is known yet. `csrf: false` leaves it out. */
  async post(
    url: string,
    fields: Record<string, string | number | readonly string[]>,
    { csrf = true }: { csrf?: boolean } = {},
  ): Promise<Reply> {
    if (csrf && this.csrf === null) await this.get(`/${url.slice(1, 3) === 'ru' ? 'ru' : 'en'}/office/sign-in`);
    // A list is sent as the same field repeated, as a multiple select sends it.
    const body = new URLSearchParams(
      Object.entries(fields).flatMap(([k, v]) => (Array.isArray(v) ? v.map((x) => [k, x]) : [[k, String(v)]])),
    );
    if (csrf && this.csrf) body.set('_csrf', this.csrf);
    return this.remember(
      await this.app.inject({
        method: 'POST',
        url,
        payload: body.toString(),
        headers: { cookie: this.cookieHeader, 'content-type': 'application/x-www-form-urlencoded' },
      }),
    );
  }

  /** Posts a form with files (multipart/form-data), the CSRF token among its fields. */
  async postFiles(
    url: string,
    fields: Record<string, string>,
    files: ReadonlyArray<{ field: string; name: string; bytes: Uint8Array; type?: string }>,
  ): Promise<Reply> {
    if (this.csrf === null) await this.get('/en/office/sign-in');
    const body = multipartBody(this.csrf ? { ...fields, _csrf: this.csrf } : fields, files);
    return this.remember(
      await this.app.inject({
        method: 'POST',
        url,
        payload: body.payload,
        headers: { ...body.headers, cookie: this.cookieHeader },
      }),
    );
  }

  async signIn(email: string, password: string): Promise<Reply> {
    await this.get('/en/office/sign-in');
    return this.post('/en/office/sign-in', { email, password });
  }

  get signedIn(): boolean {
    return this.cookies.has('sid');
  }
}

export const PASSWORD = 'a password for tests';

/** Accounts for every role (the delegate is Kazakhstan's), created straight through the service. */
export async function seedAccounts(db: Db, clock: Clock): Promise<Record<Role, string>> {
  const accounts = createAccountsService(db, clock);
  const emails: Record<Role, string> = {
    admin: 'admin@cica.test',
    editor: 'editor@cica.test',
    reviewer: 'reviewer@cica.test',
    delegate: 'delegate@cica.test',
  };
  const names: Record<Role, string> = {
    admin: 'Aigerim Admin',
    editor: 'Erlan Editor',
    reviewer: 'Rustam Reviewer',
    delegate: 'Dilnoza Delegate',
  };
  for (const role of Object.keys(emails) as Role[]) {
    await accounts.create(
      {
        email: emails[role],
        name: names[role],
        role,
        password: PASSWORD,
        ...(role === 'delegate' ? { stateCode: 'KZ' } : {}),
      },
      null,
    );
  }
  return emails;
}

/**
 * Sign-in attempts as a script sends them: one form token fetched, then as many posts as
 * wanted, all at once if wanted, from `remoteAddress` (the socket's, not a header's).
 */
export async function signInAttempts(app: FastifyInstance, remoteAddress = '127.0.0.1') {
  const page = await app.inject({ url: '/en/office/sign-in', remoteAddress });
  const cookie = page.cookies
    .filter((c) => c.name === '_csrf')
    .map((c) => `${c.name}=${c.value}`)
    .join('; ');
  const token = /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1] ?? '';
  return (email: string, password: string, headers: Record<string, string> = {}) =>
    app.inject({
      method: 'POST',
      url: '/en/office/sign-in',
      remoteAddress,
      payload: new URLSearchParams({ email, password, _csrf: token }).toString(),
      headers: { ...headers, cookie, 'content-type': 'application/x-www-form-urlencoded' },
    });
}
