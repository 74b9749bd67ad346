/** A JSON value as stored in JSONB and hashed. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** A JSON object (event data and metadata are objects). */
export type JsonObject = { [key: string]: JsonValue };

/** Thrown when a value cannot be represented as JSON exactly (NaN, Infinity, functions, bigint). */
export class NotJsonError extends Error {
  readonly code = 'EVENT_STORE.NOT_JSON';
  constructor(readonly path: string) {
    super(`value at ${path} is not representable as JSON`);
    this.name = 'NotJsonError';
  }
}

/**
 * The JSON value exactly as JSONB will store it: `toJSON` applied (Dates become ISO strings),
 * `undefined` properties dropped. Rejects non-finite numbers rather than turning them into null.
 */
export function toJsonValue(value: unknown, path = '$'): JsonValue {
  if (value === null) return null;
  if (typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    return toJsonValue((value as { toJSON(): unknown }).toJSON(), path);
  }
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      if (!Number.isFinite(value)) throw new NotJsonError(path);
      return value;
    case 'object': {
      if (Array.isArray(value)) return value.map((v, i) => (v === undefined ? null : toJsonValue(v, `${path}[${i}]`)));
      const out: JsonObject = {};
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
        if (v !== undefined) out[k] = toJsonValue(v, `${path}.${k}`);
      }
      return out;
    }
    default:
      throw new NotJsonError(path);
  }
}

/**
 * RFC 8785 (JCS) canonical JSON: object keys sorted by UTF-16 code units, no whitespace,
 * strings and numbers serialised as ECMAScript's JSON.stringify does. Any JCS library
 * (Java, Go, Python `canonicaljson`…) reproduces it byte for byte.
 */
export function canonicalJson(value: JsonValue): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const keys = Object.keys(value).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k] as JsonValue)}`).join(',')}}`;
}
