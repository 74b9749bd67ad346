import type { z } from 'zod';
import { UNSAFE_TEXT_RULE, type UnsafeTextAt } from '@vinhdanh/domain';
import type { FieldError } from './api-error';

/** Renders a zod path as `a.b[0].c`; the whole input is `(root)` (same rendering as the domain). */
export function fieldPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : out === '' ? String(key) : `.${String(key)}`;
  return out === '' ? '(root)' : out;
}

function valueAt(input: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let current: unknown = input;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

const TYPE_VI: Record<string, string> = {
  string: 'chuỗi ký tự',
  number: 'số',
  int: 'số nguyên',
  boolean: 'true/false',
  object: 'đối tượng',
  array: 'danh sách',
  date: 'ngày',
};

type Rule = { rule: string; vi: string };

function size(origin: string, n: number | bigint): string {
  if (origin === 'string') return `${n} ký tự`;
  if (origin === 'array' || origin === 'set') return `${n} phần tử`;
  return String(n);
}

// Vietnamese sentences per rule; the English one is zod's (or the schema's own) message.
function describe(issue: z.core.$ZodIssue, input: unknown): Rule {
  switch (issue.code) {
    case 'invalid_type':
      if (valueAt(input, issue.path) === undefined) return { rule: 'required', vi: 'Trường này là bắt buộc.' };
      return { rule: 'type', vi: `Sai kiểu dữ liệu: cần ${TYPE_VI[issue.expected] ?? issue.expected}.` };
    case 'too_small':
      return {
        rule: 'min',
        vi:
          issue.origin === 'string' && Number(issue.minimum) === 1
            ? 'Không được để trống.'
            : `Tối thiểu ${size(issue.origin, issue.minimum)}.`,
      };
    case 'too_big':
      return { rule: 'max', vi: `Tối đa ${size(issue.origin, issue.maximum)}.` };
    case 'invalid_format':
      return { rule: `format:${issue.format}`, vi: `Không đúng định dạng (${issue.format}).` };
    case 'invalid_value':
      return {
        rule: 'enum',
        vi: `Giá trị phải là một trong: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}.`,
      };
    case 'not_multiple_of':
      return { rule: 'multiple_of', vi: `Phải là bội số của ${String(issue.divisor)}.` };
    case 'custom': {
      const params = issue.params as { rule?: unknown; vi?: unknown; index?: unknown } | undefined;
      if (params?.rule === UNSAFE_TEXT_RULE) return { rule: UNSAFE_TEXT_FIELD_RULE, vi: unsafeTextVi(params) };
      // A rule that knows its Vietnamese sentence passes it as `params.vi`.
      return { rule: issue.code, vi: typeof params?.vi === 'string' ? params.vi : issue.message };
    }
    case 'invalid_union':
      return { rule: 'union', vi: 'Giá trị không khớp với dạng nào được chấp nhận.' };
    default:
      return { rule: issue.code, vi: issue.message };
  }
}

/** The field error rule of a text holding NUL, a lone surrogate or a non-character. */
export const UNSAFE_TEXT_FIELD_RULE = 'text:unsafe_char';

function unsafeTextVi(bad: { vi?: unknown; index?: unknown }): string {
  return `Không được chứa ${String(bad.vi)} (ở ký tự thứ ${Number(bad.index) + 1}).`;
}

/** One field error per unsafe character found in a request part (see `findUnsafeText`). */
export function unsafeTextFieldErrors(found: readonly UnsafeTextAt[], location: FieldError['in']): FieldError[] {
  return found.map((bad) => ({
    field: fieldPath(bad.path),
    in: location,
    rule: UNSAFE_TEXT_FIELD_RULE,
    message: unsafeTextVi(bad),
    message_en: `must not contain ${bad.en} (at character ${bad.index + 1})`,
  }));
}

/**
 * Turns a zod error into one field error per broken rule (unknown keys: one per key), each
 * naming the field, the rule, a Vietnamese message and the schema's English message.
 */
export function zodFieldErrors(error: z.ZodError, input: unknown, location: FieldError['in']): FieldError[] {
  return error.issues.flatMap((issue): FieldError[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        field: fieldPath([...issue.path, key]),
        in: location,
        rule: 'unknown_key',
        message: 'Trường này không được phép.',
        message_en: `Unrecognized key "${key}".`,
      }));
    }
    const { rule, vi } = describe(issue, input);
    return [{ field: fieldPath(issue.path), in: location, rule, message: vi, message_en: issue.message }];
  });
}
