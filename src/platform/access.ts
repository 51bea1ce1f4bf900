/**
 * Who is asking, and what each route allows. Every route declares one access
 * level; one hook enforces it, and the authorization matrix test checks every
 * route against every role from this one table.
 */
export const ROLES = ['admin', 'editor', 'reviewer', 'delegate'] as const;
export type Role = (typeof ROLES)[number];

export type Actor = Readonly<{ id: string; email: string; name: string; role: Role; stateCode: string | null }>;

export const ACCESS_LEVELS = ['public', 'signed-in', 'staff', 'editor', 'admin', 'editor-token'] as const;
export type Access = (typeof ACCESS_LEVELS)[number];

/** Which roles each access level admits; anonymous visitors only reach `public`. */
export const ADMITS: Readonly<Record<Access, readonly Role[]>> = {
  public: ROLES,
  'signed-in': ROLES,
  staff: ['admin', 'editor', 'reviewer'],
  editor: ['admin', 'editor'],
  admin: ['admin'],
  /** Writes through the API: an editor's token, never a browser's session (which a forged page could ride). */
  'editor-token': ['admin', 'editor'],
};

export function allows(
  access: Access,
  actor: Actor | null,
  via: 'session' | 'token' | null = actor ? 'session' : null,
): boolean {
  if (access === 'public') return true;
  if (access === 'editor-token' && via !== 'token') return false;
  return actor !== null && ADMITS[access].includes(actor.role);
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    actor: Actor | null;
    authVia: 'session' | 'token' | null;
  }
}
