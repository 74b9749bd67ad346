import { dictionary } from '@zxcvbn-ts/language-common';

/** Shortest password a person may choose. */
export const MIN_PASSWORD_LENGTH = 10;

// The ~49,000 most common passwords of public breach corpora (zxcvbn's list), plus the words of
// this system and of Vietnamese offices that people reach for first.
const COMMON = new Set<string>([
  ...(dictionary['passwords-common'] as string[]),
  'matkhau',
  'matkhaumoi',
  'vinhdanh',
  'congdoan',
  'thidua',
  'khenthuong',
  'thiduakhenthuong',
  'quantri',
  'quantrivien',
  'admin',
  'vietnam',
  'hanoi',
  'saigon',
]);

/** Why a password was refused, in Vietnamese and English. */
export interface PasswordProblem {
  rule: 'length' | 'username' | 'repetitive' | 'sequence' | 'common' | 'unchanged';
  message: string;
  message_en: string;
}

const SEQUENCES = ['0123456789', 'abcdefghijklmnopqrstuvwxyz', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

function isSequence(text: string): boolean {
  if (text.length < 4) return false;
  return SEQUENCES.some((seq) => {
    const twice = seq + seq;
    const reversed = [...twice].reverse().join('');
    return twice.includes(text) || reversed.includes(text);
  });
}

/** `text` without letters' case, diacritics, and the digits and signs people append or prepend. */
function core(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/giu, 'd')
    .toLowerCase()
    .replace(/^[^a-z]+|[^a-z]+$/g, '');
}

/**
 * The reasons a new password is refused (empty when it is acceptable): too short, contains the
 * username, one or two characters repeated, a keyboard or alphabet sequence, or a common
 * password (also when only digits or signs were added around it).
 */
export function passwordProblems(password: string, context: { username: string }): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  const lower = password.normalize('NFC').toLowerCase();
  if ([...password].length < MIN_PASSWORD_LENGTH) {
    problems.push({
      rule: 'length',
      message: `Mật khẩu phải có ít nhất ${MIN_PASSWORD_LENGTH} ký tự.`,
      message_en: `The password must have at least ${MIN_PASSWORD_LENGTH} characters.`,
    });
  }
  const username = context.username.trim().toLowerCase();
  const usernameParts = [username, ...username.split(/[._-]+/).filter((p) => p.length >= 4)];
  if (usernameParts.some((part) => part.length > 0 && lower.includes(part))) {
    problems.push({
      rule: 'username',
      message: 'Mật khẩu không được chứa tên đăng nhập.',
      message_en: 'The password must not contain the username.',
    });
  }
  if (new Set(lower).size <= 2) {
    problems.push({
      rule: 'repetitive',
      message: 'Mật khẩu không được chỉ lặp lại một hai ký tự.',
      message_en: 'The password must not just repeat one or two characters.',
    });
  } else if (isSequence(lower)) {
    problems.push({
      rule: 'sequence',
      message: 'Mật khẩu không được là một dãy ký tự liên tiếp trên bàn phím hoặc bảng chữ cái.',
      message_en: 'The password must not be a keyboard or alphabet sequence.',
    });
  }
  const stripped = core(password);
  if (COMMON.has(lower) || (stripped.length >= 4 && COMMON.has(stripped))) {
    problems.push({
      rule: 'common',
      message: 'Mật khẩu này quá phổ biến, dễ bị đoán; hãy chọn mật khẩu khác.',
      message_en: 'This password is too common and easy to guess; choose another.',
    });
  }
  return problems;
}
