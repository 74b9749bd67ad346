import { containsPattern, normaliseSearchText } from './search-text';

describe('normaliseSearchText', () => {
  it('strips Vietnamese diacritics, including đ, and lower-cases', () => {
    expect(normaliseSearchText('Nguyễn Văn A')).toBe('nguyen van a');
    expect(normaliseSearchText('Đỗ Minh Châu')).toBe('do minh chau');
    expect(normaliseSearchText('Công đoàn cơ sở Trường THCS Tân Hội')).toBe('cong doan co so truong thcs tan hoi');
    expect(normaliseSearchText('Phạm Thị Lan Hương Ưng Ờ')).toBe('pham thi lan huong ung o');
  });

  it('treats precomposed and decomposed input alike and collapses whitespace', () => {
    const decomposed = 'Nguye\u0302\u0303n  \t Va\u0306n'; // "Nguyễn Văn" typed with combining marks
    expect(normaliseSearchText(decomposed)).toBe('nguyen van');
    expect(normaliseSearchText('  Lê   Văn Bình ')).toBe('le van binh');
  });

  it('is idempotent', () => {
    const once = normaliseSearchText('Hoàng Văn Sơn');
    expect(normaliseSearchText(once)).toBe(once);
  });
});

describe('containsPattern', () => {
  it('escapes like wildcards so user input matches literally', () => {
    expect(containsPattern('50%_a\\b')).toBe('%50\\%\\_a\\\\b%');
  });
});
