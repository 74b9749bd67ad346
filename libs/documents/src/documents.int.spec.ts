import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PizZip from 'pizzip';
import {
  DocumentKind,
  PLACEHOLDERS,
  defaultDocxTemplate,
  documentView,
  renderDocument,
  sampleDocumentData,
  validateDocxTemplate,
} from './index';
import { annexRows } from './sample-documents';

const dir = mkdtempSync(join(tmpdir(), 'vinhdanh-documents-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function pdfText(bytes: Buffer, name: string): { text: string; pages: number; landscape: boolean } {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, bytes);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const size = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info)!;
  return {
    text: text.replace(/\s+/g, ' '),
    pages: Number(/Pages:\s+(\d+)/.exec(info)![1]),
    landscape: Number(size[1]) > Number(size[2]),
  };
}

function docxText(bytes: Buffer): string {
  const xml = new PizZip(bytes).file('word/document.xml')!.asText();
  return xml
    .replace(/<w:p[ >]/g, ' $&')
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

/** What each printed document must say, in Vietnamese with its diacritics, and how long it is. */
const EXPECTED: Record<DocumentKind, { texts: string[]; pages: number; landscape: boolean }> = {
  'to-trinh': {
    texts: [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 15/TTr-CĐCS',
      'Cao Bằng, ngày 20 tháng 11 năm 2026',
      'TỜ TRÌNH',
      'Nông Thị Hoa',
      'Phòng Tổ chức – Biên chế',
      '2 cá nhân và 1 tập thể',
      'Lý Văn Thắng',
    ],
    pages: 1,
    landscape: false,
  },
  'bao-cao-ca-nhan': {
    texts: [
      'BÁO CÁO THÀNH TÍCH',
      'Nông Thị Hoa',
      'Giới tính: Nữ',
      '09/03/1986',
      '1.250 hồ sơ',
      '120.000.000 đồng',
      '45/QĐ-CĐVC ngày 15/12/2025',
      'Lý Văn Thắng',
    ],
    pages: 1,
    landscape: false,
  },
  'bao-cao-tap-the': {
    texts: [
      'BÁO CÁO THÀNH TÍCH',
      'Công đoàn cơ sở Cục Thống kê tỉnh Cao Bằng',
      'Tổng số đoàn viên: 46',
      '85.000.000 đồng',
      'Chưa có',
      'Bế Văn Hùng',
    ],
    pages: 1,
    landscape: false,
  },
  'bien-ban-hoi-dong': {
    texts: [
      'BIÊN BẢN',
      'KẾT QUẢ KIỂM PHIẾU',
      'Số: 07/BB-HĐTĐKT',
      '10/12/2026',
      'có mặt: 7',
      'Hoàng Văn Minh',
      '9/9',
      '7/9',
      '77,8%',
      '4/9',
      'Không đạt',
      'tạm dừng lúc 10 giờ 15',
      'Hà Thị Mai',
    ],
    // The ranked table and both signatures run onto a second page.
    pages: 2,
    landscape: false,
  },
  'quyet-dinh': {
    texts: [
      'QUYẾT ĐỊNH',
      'Số: 125/QĐ-LĐLĐ',
      'Cao Bằng, ngày 15 tháng 12 năm 2026',
      'BAN THƯỜNG VỤ LIÊN ĐOÀN LAO ĐỘNG TỈNH CAO BẰNG',
      'Căn cứ Nghị định số 152/2025/NĐ-CP',
      '2 cá nhân và 1 tập thể',
      'DANH SÁCH KHEN THƯỞNG',
      'Kèm theo Quyết định số 125/QĐ-LĐLĐ ngày 15/12/2026',
      'Hoàng Văn Minh',
      '2.980.000',
      '5.960.000',
      'Nông Văn Đức',
    ],
    // The annex starts on its own page.
    pages: 2,
    landscape: false,
  },
  'bang-khen': {
    texts: [
      'BẰNG KHEN',
      'TẶNG',
      'Nông Thị Hoa',
      'Quyết định số 125/QĐ-LĐLĐ ngày 15/12/2026',
      'Số vào sổ: 125.001',
      'CHỦ TỊCH',
      'Nông Văn Đức',
    ],
    pages: 1,
    landscape: true,
  },
  'giay-khen': {
    texts: ['GIẤY KHEN', 'Triệu Thị Yến', 'Quyết định số 46/QĐ-CĐVC ngày 05/12/2026', 'Bế Văn Hùng'],
    pages: 1,
    landscape: true,
  },
};

describe('every document kind rendered from its sample', () => {
  it.each(DocumentKind.options)(
    '%s: the PDF says it in Vietnamese, on the expected pages and orientation',
    async (kind) => {
      const rendered = await renderDocument(kind, sampleDocumentData[kind] as never, 'pdf', {
        documentDate: '2026-12-15',
      });
      const pdf = pdfText(rendered.bytes, kind);
      for (const text of EXPECTED[kind].texts) expect(pdf.text).toContain(text);
      expect(pdf.pages).toBe(EXPECTED[kind].pages);
      expect(pdf.landscape).toBe(EXPECTED[kind].landscape);
      expect(rendered.sha256).toMatch(/^[0-9a-f]{64}$/);
    },
  );

  it.each(DocumentKind.options)(
    '%s: the DOCX from the default template says the same and keeps no placeholder',
    async (kind) => {
      const rendered = await renderDocument(kind, sampleDocumentData[kind] as never, 'docx', {
        documentDate: '2026-12-15',
      });
      const text = docxText(rendered.bytes);
      for (const expected of EXPECTED[kind].texts) expect(text).toContain(expected);
      expect(text).not.toMatch(/\{[#/]?[a-zA-Z]+\}/);
      expect(new PizZip(rendered.bytes).file('word/styles.xml')!.asText()).toContain('Times New Roman');
    },
  );

  it('the same data renders the same bytes, so a checksum identifies a printed document', async () => {
    const a = await renderDocument('quyet-dinh', sampleDocumentData['quyet-dinh'], 'pdf', {
      documentDate: '2026-12-15',
    });
    const b = await renderDocument('quyet-dinh', sampleDocumentData['quyet-dinh'], 'pdf', {
      documentDate: '2026-12-15',
    });
    const changed = await renderDocument(
      'quyet-dinh',
      {
        ...sampleDocumentData['quyet-dinh'],
        header: { ...sampleDocumentData['quyet-dinh'].header, number: '126/QĐ-LĐLĐ' },
      },
      'pdf',
      { documentDate: '2026-12-15' },
    );
    expect(b.sha256).toBe(a.sha256);
    expect(changed.sha256).not.toBe(a.sha256);
  });

  it('a quyết định for 300 awardees lists all of them in its annex over several pages', async () => {
    const annex = annexRows(300);
    const rendered = await renderDocument('quyet-dinh', { ...sampleDocumentData['quyet-dinh'], annex }, 'pdf', {
      documentDate: '2026-12-15',
    });
    const pdf = pdfText(rendered.bytes, 'quyet-dinh-300');
    expect(pdf.text).toContain('300 cá nhân');
    expect(pdf.text).toContain(annex[299]!.name);
    expect(pdf.text).toContain('447.000.000');
    expect(pdf.pages).toBeGreaterThan(10);
  });

  it('refuses data that breaks the kind’s schema, naming the field', () => {
    expect(() => documentView('bang-khen', { ...sampleDocumentData['bang-khen'], decisionDate: '15/12/2026' })).toThrow(
      /decisionDate/,
    );
  });
});

describe('replacement templates are checked at upload', () => {
  function edit(kind: DocumentKind, change: (xml: string) => string): Buffer {
    const zip = new PizZip(defaultDocxTemplate(kind));
    zip.file('word/document.xml', change(zip.file('word/document.xml')!.asText()));
    return zip.generate({ type: 'nodebuffer' });
  }

  it.each(DocumentKind.options)('%s: the shipped template has every placeholder and no other', (kind) => {
    expect(validateDocxTemplate(kind, defaultDocxTemplate(kind))).toEqual([]);
  });

  it('names a missing field, a missing loop field and an unknown placeholder', () => {
    const template = edit('quyet-dinh', (xml) =>
      xml.replace('{nguoiKy}', '{tenNguoiKy}').replace('{soTien}', '').replace('{tongTien}', ''),
    );
    const problems = validateDocxTemplate('quyet-dinh', template);
    expect(problems.map((p) => [p.placeholder, p.rule])).toEqual(
      expect.arrayContaining([
        ['nguoiKy', 'missing'],
        ['tongTien', 'missing'],
        ['phuLuc.soTien', 'missing'],
        ['tenNguoiKy', 'unknown'],
      ]),
    );
    expect(problems).toHaveLength(4);
    expect(problems[0]!.message).toMatch(/^Mẫu /);
  });

  it('names a whole loop that is gone', () => {
    const template = edit('to-trinh', (xml) =>
      xml.replace('{#canCu}', '').replace('{/canCu}', '').replace('{noiDung}', '{noiDung}'),
    );
    expect(validateDocxTemplate('to-trinh', template).map((p) => p.placeholder)).toContain('#canCu');
  });

  it('calls a file that is not a DOCX unreadable', () => {
    const problems = validateDocxTemplate('bang-khen', Buffer.from('không phải tệp Word'));
    expect(problems).toEqual([expect.objectContaining({ rule: 'unreadable' })]);
  });

  it('a valid replacement template is what the DOCX is rendered from', async () => {
    const template = edit('bang-khen', (xml) => xml.replace('TẶNG', 'TRÂN TRỌNG TẶNG'));
    expect(validateDocxTemplate('bang-khen', template)).toEqual([]);
    const rendered = await renderDocument('bang-khen', sampleDocumentData['bang-khen'], 'docx', {
      documentDate: '2026-12-15',
      template,
    });
    expect(docxText(rendered.bytes)).toContain('TRÂN TRỌNG TẶNG Nông Thị Hoa');
  });

  it('every kind declares placeholders its view fills', () => {
    for (const kind of DocumentKind.options) {
      const view = documentView(kind, sampleDocumentData[kind] as never);
      const spec = PLACEHOLDERS[kind];
      expect(Object.keys(view).sort()).toEqual([...spec.fields, ...Object.keys(spec.loops)].sort());
    }
  });
});
