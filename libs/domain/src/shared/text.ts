import { z } from 'zod';

// NUL cannot be stored in PostgreSQL text or jsonb, a lone surrogate cannot be encoded as UTF-8
// (jsonb refuses its \uXXXX escape), and non-characters (U+FDD0–U+FDEF, U+xFFFE/U+xFFFF) are not
// text by Unicode's own definition. In `u` mode a well-formed surrogate pair is one code point, so
// `\p{Cs}` matches only lone halves.
// eslint-disable-next-line no-control-regex -- NUL is exactly what this must find
const UNSAFE_CHAR = /[\u0000\p{Cs}\p{Noncharacter_Code_Point}]/u;

/** One character a text must not contain: where, which code point, and what it is (vi/en). */
export interface UnsafeChar {
  /** Index in UTF-16 code units. */
  readonly index: number;
  /** `U+0000`, `U+D800`, `U+FFFE`… */
  readonly codePoint: string;
  readonly vi: string;
  readonly en: string;
}

/** The first character of `text` that no stored text may contain, or null when it is clean. */
export function unsafeCharIn(text: string): UnsafeChar | null {
  const match = UNSAFE_CHAR.exec(text);
  if (!match) return null;
  const cp = match[0].codePointAt(0) ?? 0;
  const codePoint = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  if (cp === 0) return { index: match.index, codePoint, vi: 'ký tự rỗng (NUL)', en: 'a NUL character' };
  if (cp >= 0xd800 && cp <= 0xdfff) {
    return {
      index: match.index,
      codePoint,
      vi: 'nửa cặp ký tự UTF-16 đứng lẻ',
      en: `a lone surrogate (${codePoint})`,
    };
  }
  return { index: match.index, codePoint, vi: 'ký tự không phải văn bản', en: `a non-character (${codePoint})` };
}

/** True when `text` contains no NUL, lone surrogate or non-character. */
export function isSafeText(text: string): boolean {
  return !UNSAFE_CHAR.test(text);
}

/** The zod issue code of an unsafe character; the API maps it to the rule `text:unsafe_char`. */
export const UNSAFE_TEXT_RULE = 'unsafe_text';

/** The check of every safe text schema: one issue naming the character and where it is. */
function refuseUnsafeChars(field: string | undefined) {
  return (ctx: z.core.ParsePayload<string>): void => {
    const bad = unsafeCharIn(ctx.value);
    if (!bad) return;
    ctx.issues.push({
      code: 'custom',
      input: ctx.value,
      params: { rule: UNSAFE_TEXT_RULE, codePoint: bad.codePoint, index: bad.index, vi: bad.vi },
      message: `${field ? `${field} ` : ''}must not contain ${bad.en} (at character ${bad.index + 1})`,
    });
  };
}

/**
 * Any string the system accepts from outside: refuses NUL, lone surrogates and non-characters
 * with an issue naming the character. Build field schemas on it (`SafeString.trim().max(…)`)
 * rather than on `z.string()`.
 */
export const SafeString = z.string({ error: 'must be text' }).check(refuseUnsafeChars(undefined));

/** `z.string(params)` with the safe-text check: the drop-in replacement for `z.string` at the edges. */
export function safeString(params?: Parameters<typeof z.string>[0]) {
  return z.string(params).check(refuseUnsafeChars(undefined));
}

/** A required text field: safe characters, trimmed, 1..max characters, messages naming the field. */
export function Text(field: string, max: number) {
  return z
    .string({ error: `${field} must be text` })
    .check(refuseUnsafeChars(field))
    .trim()
    .min(1, { error: `${field} must not be empty` })
    .max(max, { error: `${field} must be at most ${max} characters` });
}

/** A free text that may be empty after trimming: safe characters, at most `max`. */
export function FreeText(field: string, max: number) {
  return z
    .string({ error: `${field} must be text` })
    .check(refuseUnsafeChars(field))
    .trim()
    .max(max, { error: `${field} must be at most ${max} characters` });
}

/** Where in a JSON-like value a string (or an object key) holds an unsafe character. */
export interface UnsafeTextAt extends UnsafeChar {
  readonly path: ReadonlyArray<string | number>;
}

/**
 * Every string and object key of a parsed request (walked without recursion, so any depth is
 * safe) that holds an unsafe character, at most `limit` of them.
 */
export function findUnsafeText(value: unknown, limit = 20): UnsafeTextAt[] {
  // Each entry links to its parent, so a deep value costs no path copies until something is found.
  type Node = { value: unknown; key: string | number | null; parent: Node | null };
  const pathOf = (node: Node | null): Array<string | number> => {
    const path: Array<string | number> = [];
    for (let n = node; n && n.key !== null; n = n.parent) path.push(n.key);
    return path.reverse();
  };
  const found: UnsafeTextAt[] = [];
  const stack: Node[] = [{ value, key: null, parent: null }];
  while (stack.length > 0 && found.length < limit) {
    const node = stack.pop() as Node;
    const v = node.value;
    if (typeof v === 'string') {
      const bad = unsafeCharIn(v);
      if (bad) found.push({ ...bad, path: pathOf(node) });
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ value: v[i], key: i, parent: node });
    } else if (v !== null && typeof v === 'object') {
      const keys = Object.keys(v);
      for (let i = keys.length - 1; i >= 0; i--) {
        const key = keys[i] as string;
        const bad = unsafeCharIn(key);
        if (bad) found.push({ ...bad, path: [...pathOf(node), key] });
        else stack.push({ value: (v as Record<string, unknown>)[key], key, parent: node });
      }
    }
  }
  return found.slice(0, limit);
}

/** How deeply a parsed value nests objects and arrays (walked without recursion). */
export function nestingDepth(value: unknown, stopAt = Number.POSITIVE_INFINITY): number {
  let max = 0;
  const stack: Array<{ value: unknown; depth: number }> = [{ value, depth: 0 }];
  while (stack.length > 0) {
    const { value: v, depth } = stack.pop() as { value: unknown; depth: number };
    if (v === null || typeof v !== 'object') continue;
    const d = depth + 1;
    if (d > max) max = d;
    if (max > stopAt) return max;
    for (const child of Array.isArray(v) ? v : Object.values(v)) stack.push({ value: child, depth: d });
  }
  return max;
}
