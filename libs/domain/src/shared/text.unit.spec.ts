import type { z } from 'zod';
import { findUnsafeText, FreeText, nestingDepth, SafeString, Text, unsafeCharIn, UNSAFE_TEXT_RULE } from './text';

describe('safe text', () => {
  it('refuses NUL, lone surrogates and non-characters, naming the code point', () => {
    expect(unsafeCharIn('Nguyễn\u0000')).toMatchObject({ index: 6, codePoint: 'U+0000' });
    expect(unsafeCharIn('a\ud800b')).toMatchObject({ index: 1, codePoint: 'U+D800' });
    expect(unsafeCharIn('a\udc00')).toMatchObject({ codePoint: 'U+DC00' });
    expect(unsafeCharIn('\uffff')).toMatchObject({ codePoint: 'U+FFFF' });
    expect(unsafeCharIn('\ufdd0')).toMatchObject({ codePoint: 'U+FDD0' });
    expect(unsafeCharIn('x\u{10FFFE}')).toMatchObject({ index: 1, codePoint: 'U+10FFFE' });
  });

  it('accepts Vietnamese, emoji (a well-formed surrogate pair), tabs and new lines', () => {
    expect(unsafeCharIn('Đoàn Thị Hương 👩‍🏭\tdòng 1\r\ndòng 2')).toBeNull();
  });

  it('makes every text schema refuse them with a custom issue carrying the rule', () => {
    for (const schema of [SafeString, Text('reason', 100), FreeText('note', 100)] as z.ZodType[]) {
      const parsed = schema.safeParse('Lý do\u0000');
      expect(parsed.success).toBe(false);
      const issue = parsed.error?.issues[0] as z.core.$ZodIssueCustom;
      expect(issue.code).toBe('custom');
      expect(issue.params).toMatchObject({ rule: UNSAFE_TEXT_RULE, codePoint: 'U+0000' });
    }
    expect(Text('reason', 100).parse('  Thiếu biên bản  ')).toBe('Thiếu biên bản');
    expect(Text('reason', 100).safeParse('   ').success).toBe(false);
  });

  it('finds unsafe strings and keys anywhere in a parsed body, without recursion', () => {
    const found = findUnsafeText({ a: ['ok', { b: 'x\ud800' }], ['k\u0000']: 1 });
    expect(found.map((f) => f.path)).toHaveLength(2);
    expect(found.map((f) => f.path)).toEqual(expect.arrayContaining([['a', 1, 'b'], ['k\u0000']]));
    let deep: unknown = 'tail\u0000';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(findUnsafeText(deep)).toHaveLength(1);
    expect(nestingDepth(deep, 64)).toBe(65);
    expect(nestingDepth({ a: [1, { b: 2 }] })).toBe(3);
  });
});
