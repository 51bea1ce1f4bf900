/** The audit trail: who changed what, when, and the values before and after. */
export type Values = Readonly<Record<string, unknown>>;

export type AuditAction = 'create' | 'update' | 'retire' | 'restore' | 'sign-in' | 'sign-out';

export type AuditEntry = Readonly<{
  id: string;
  at: string;
  actor: Readonly<{ id: string; name: string }> | null;
  action: AuditAction;
  recordType: string;
  recordId: string;
  before: Values | null;
  after: Values | null;
}>;

/** The fields whose values differ between before and after, in a stable order. */
export function changedFields(before: Values | null, after: Values | null): string[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  keys.delete('version');
  return [...keys].filter((k) => JSON.stringify(before?.[k] ?? null) !== JSON.stringify(after?.[k] ?? null)).sort();
}
