/** A field error of the server's 422 answer: the dotted path of the entry and its message in the shown language. */
export interface EntryError {
  path: string;
  message: string;
}

/**
 * Groups the server's per-entry messages by table row: `fieldMinistries.health.1` → `fieldMinistries.health`,
 * `provinceFocalUnits.46` → `provinceFocalUnits.46`, any other path by its first segment (`reminderOffsets`).
 */
export function errorsByEntry(errors: readonly EntryError[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const e of errors) {
    const [group, key] = e.path.split('.');
    const row = (group === 'fieldMinistries' || group === 'provinceFocalUnits') && key ? `${group}.${key}` : (group ?? e.path);
    out.set(row, [...(out.get(row) ?? []), e.message]);
  }
  return out;
}

/** The reminder offsets an administrator may choose (working days from the due day). */
export const REMINDER_OFFSET_CHOICES: readonly number[] = [-10, -7, -5, -3, -2, -1, 0, 1, 2, 3, 5];
