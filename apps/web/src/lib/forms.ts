/** Server refusals put under the form fields they name. */
import type { ApiError } from '../api/client';

/** A field of an Ant Design form and the messages to show under it. */
export interface FieldMessages {
  name: string[];
  errors: string[];
}

/**
 * The problem's field errors as form fields: `cutoffs.4` → `['cutoffs', '4']`. `rename` maps a server
 * field onto the form's own (a date range edits `opensOn` and `closesOn` as one `period`); fields the
 * form does not have (`known`) are left to the alert above the button.
 */
export function serverFieldErrors(
  err: ApiError,
  known: readonly string[],
  rename: Readonly<Record<string, string>> = {},
): FieldMessages[] {
  const byField = new Map<string, FieldMessages>();
  for (const e of err.fieldErrors) {
    const path = e.field.split(/[.[\]]/).filter(Boolean);
    const first = path[0] ?? '';
    const name = rename[first] ? [rename[first], ...path.slice(1)] : path;
    if (!known.includes(name[0] ?? '')) continue;
    const key = name.join('.');
    const entry = byField.get(key) ?? { name, errors: [] };
    entry.errors.push(e.message);
    byField.set(key, entry);
  }
  return [...byField.values()];
}
