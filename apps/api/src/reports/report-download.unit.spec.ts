import { asciiFileName, attachmentHeader, reportFileName } from './report-download';

describe('download names', () => {
  it('joins the parts in Vietnamese, leaves out empty ones and replaces what file systems refuse', () => {
    expect(reportFileName('Báo cáo tổng kết năm 2026', 'Liên đoàn Lao động tỉnh Cao Bằng', null, '')).toBe(
      'Báo cáo tổng kết năm 2026 - Liên đoàn Lao động tỉnh Cao Bằng',
    );
    expect(reportFileName('Tiến độ đợt', 'Thi đua "Lao động giỏi" 2026/2027: đợt 1')).toBe(
      'Tiến độ đợt - Thi đua -Lao động giỏi- 2026-2027- đợt 1',
    );
    expect(reportFileName('a\u0000b\nc')).toBe('a-b-c');
    expect(reportFileName('x'.repeat(400))).toHaveLength(150);
    expect(reportFileName()).toBe('Tệp xuất');
  });

  it('gives an ASCII fallback without diacritics (đ too) and the UTF-8 name as filename*', () => {
    expect(asciiFileName('Lịch sử khen thưởng - Đoàn Thị Đào')).toBe('Lich-su-khen-thuong-Doan-Thi-Dao');
    expect(asciiFileName('Ảnh ()')).toBe('Anh');
    expect(asciiFileName('ữ')).toBe('u');
    expect(asciiFileName('越南')).toBe('tep-xuat');
    const header = attachmentHeader("Hộp việc - Nguyễn Văn A (it's)", 'csv');
    expect(header).toBe(
      `attachment; filename="Hop-viec-Nguyen-Van-A-it-s.csv"; filename*=UTF-8''H%E1%BB%99p%20vi%E1%BB%87c%20-%20Nguy%E1%BB%85n%20V%C4%83n%20A%20%28it%27s%29.csv`,
    );
    // The value decodes back to the Vietnamese name.
    expect(decodeURIComponent(header.split("''")[1]!)).toBe("Hộp việc - Nguyễn Văn A (it's).csv");
  });
});
