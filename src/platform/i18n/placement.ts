/**
 * Where each message belongs: with the one capability whose code says it, or in
 * the shared table when more than one part of the platform does. A key is said
 * by a file that names it whole (`'act.count'`) or builds it from a template
 * with a fixed beginning (`activity.kind.${kind}`, `col.${base}_en`).
 */
export const SHARED = 'platform';

/** `activities/activities.views.tsx` → `activities`; the platform, the root files, migrations and packs share. */
export function capabilityOf(path: string): string {
  const [first, ...rest] = path.split('/');
  if (!first || rest.length === 0) return SHARED;
  return ['platform', 'migrations', 'packs'].includes(first) ? SHARED : first;
}

export const isMessagesFile = (path: string): boolean =>
  path.endsWith('.messages.ts') || /^platform\/i18n\/messages\.\w+\.ts$/.test(path);

export type SourceFile = Readonly<{ path: string; text: string }>;
export type Placement = Readonly<{
  /** Each key's home: a capability's name, or SHARED. */
  homes: ReadonlyMap<string, string>;
  /** For each capability, the files that say its own words. */
  users: ReadonlyMap<string, ReadonlySet<string>>;
  /** Keys no file says, left where they were. */
  unused: readonly string[];
}>;

const QUOTED = /'([a-z][\w.-]*\.[\w.-]+)'|"([a-z][\w.-]*\.[\w.-]+)"|`([a-z][\w.-]*\.[\w.-]+)`/gi;
const TEMPLATE = /`([a-z][\w-]*\.[\w.-]*)((?:\$\{[^}`]*\}[\w.-]*)+)`/gi;
const literally = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The keys a file names and the shapes of those it builds. */
function said(text: string): { names: Set<string>; shapes: RegExp[] } {
  const names = new Set<string>();
  for (const m of text.matchAll(QUOTED)) names.add((m[1] ?? m[2] ?? m[3])!);
  const shapes = [...text.matchAll(TEMPLATE)].map(
    (m) =>
      new RegExp(
        `^${literally(m[1]!)}${m[2]!.replace(/\$\{[^}`]*\}|[\w.-]+/g, (p) => (p.startsWith('${') ? '.+' : literally(p)))}$`,
      ),
  );
  return { names, shapes };
}

export function placeMessages(
  keys: readonly string[],
  files: readonly SourceFile[],
  current: ReadonlyMap<string, string>,
): Placement {
  const saying = files.map((f) => ({ path: f.path, capability: capabilityOf(f.path), ...said(f.text) }));
  const homes = new Map<string, string>();
  const users = new Map<string, Set<string>>();
  const unused: string[] = [];
  for (const key of keys) {
    const by = saying.filter((f) => f.names.has(key) || f.shapes.some((s) => s.test(key)));
    if (by.length === 0) {
      unused.push(key);
      homes.set(key, current.get(key) ?? SHARED);
      continue;
    }
    const capabilities = new Set(by.map((f) => f.capability));
    const [only] = capabilities;
    const home = capabilities.size === 1 && only ? only : SHARED;
    homes.set(key, home);
    if (home !== SHARED) {
      const set = users.get(home) ?? new Set<string>();
      for (const f of by) set.add(f.path);
      users.set(home, set);
    }
  }
  return { homes, users, unused };
}
