/** One changed field between two versions of a certificate. Arrays are compared as sets. */
export type FieldChange =
  | { field: string; kind: 'changed'; before: unknown; after: unknown }
  | { field: string; kind: 'set'; added: unknown[]; removed: unknown[] };

/** A stable JSON key for set membership of objects (key order does not matter). */
function stableKey(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(stableKey).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableKey(v)}`).join(',')}}`;
}

/**
 * Field-level diff between two snapshots of a certificate's content, as shown in its version chain (amendment,
 * supplement, re-issue and extension: Decree 58/2022 Art. 12-13, 16-17). Scalars and objects are compared by
 * value; arrays (areas, fields) as sets, reporting what was added and removed. Fields are listed in key order.
 */
export function diffCertificateSnapshots(before: Record<string, unknown>, after: Record<string, unknown>): FieldChange[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  const changes: FieldChange[] = [];
  for (const key of keys) {
    const a = before[key] ?? null;
    const b = after[key] ?? null;
    if (Array.isArray(a) || Array.isArray(b)) {
      const left = Array.isArray(a) ? a : [];
      const right = Array.isArray(b) ? b : [];
      const leftKeys = new Set(left.map(stableKey));
      const rightKeys = new Set(right.map(stableKey));
      const added = right.filter((item) => !leftKeys.has(stableKey(item)));
      const removed = left.filter((item) => !rightKeys.has(stableKey(item)));
      if (added.length || removed.length) changes.push({ field: key, kind: 'set', added, removed });
    } else if (stableKey(a) !== stableKey(b)) {
      changes.push({ field: key, kind: 'changed', before: a, after: b });
    }
  }
  return changes;
}
