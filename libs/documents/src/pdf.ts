import { existsSync } from 'node:fs';
import { join } from 'node:path';
import pdfmake from 'pdfmake';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { type DocumentKind, type DocumentView } from './document-kinds';

/**
 * PDFs are laid out with pdfmake from the same view the DOCX templates fill, in Liberation Serif
 * 2.x (metric-compatible with Times New Roman, with Vietnamese; Debian's fonts-liberation2 — the
 * 1.x fonts-liberation lacks the Vietnamese letters), embedded and subset by pdfkit.
 */
const FONT_DIRS = [process.env['VINHDANH_FONT_DIR'], '/usr/share/fonts/truetype/liberation2'].filter((d): d is string =>
  Boolean(d),
);

let configured = false;
function configure(): void {
  if (configured) return;
  const dir = FONT_DIRS.find((d) => existsSync(join(d, 'LiberationSerif-Regular.ttf')));
  if (!dir) {
    throw new Error(
      `Không tìm thấy phông Liberation Serif (cài gói Debian fonts-liberation2 hoặc đặt VINHDANH_FONT_DIR); đã tìm: ${FONT_DIRS.join(', ')}`,
    );
  }
  pdfmake.setFonts({
    TimesCompatible: {
      normal: join(dir, 'LiberationSerif-Regular.ttf'),
      bold: join(dir, 'LiberationSerif-Bold.ttf'),
      italics: join(dir, 'LiberationSerif-Italic.ttf'),
      bolditalics: join(dir, 'LiberationSerif-BoldItalic.ttf'),
    },
  });
  // Documents never load anything but the fonts.
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => path.startsWith(dir));
  configured = true;
}

type View = DocumentView;
const s = (v: View, key: string): string => {
  const value = v[key];
  if (typeof value !== 'string') throw new Error(`Thiếu trường ${key}`);
  return value;
};
const rows = (v: View, key: string): Record<string, string>[] => {
  const value = v[key];
  if (!Array.isArray(value)) throw new Error(`Thiếu danh sách ${key}`);
  return value;
};

/** A row's field; the view builder always fills every field. */
const f = (r: Record<string, string>, key: string): string => r[key] ?? '';

const rule = (width: number): Content => ({
  canvas: [{ type: 'line', x1: 0, y1: 0, x2: width, y2: 0, lineWidth: 0.6 }],
  alignment: 'center',
  margin: [0, 1, 0, 4],
});

/** The two-column head of every administrative document: issuing body left, Quốc hiệu right. */
function adminHeader(v: View, withNumber = true): Content {
  return {
    columns: [
      {
        width: '42%',
        stack: [
          ...(s(v, 'coQuanChuQuan')
            ? [{ text: s(v, 'coQuanChuQuan'), fontSize: 12, alignment: 'center' as const }]
            : []),
          { text: s(v, 'coQuanBanHanh'), bold: true, fontSize: 12, alignment: 'center' },
          rule(60),
          ...(withNumber ? [{ text: s(v, 'soKyHieu'), fontSize: 13, alignment: 'center' as const }] : []),
        ],
      },
      {
        width: '58%',
        stack: [
          { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold: true, fontSize: 12, alignment: 'center' },
          { text: 'Độc lập - Tự do - Hạnh phúc', bold: true, fontSize: 13, alignment: 'center' },
          rule(160),
          { text: s(v, 'diaDanhNgay'), italics: true, fontSize: 13, alignment: 'center' },
        ],
      },
    ],
    margin: [0, 0, 0, 14],
  };
}

type Column = Content & { width?: string | number };

function signerBlock(capacity: string, title: string, name: string, left?: Column): Content {
  return {
    columns: [
      left ?? { text: '', width: '45%' },
      {
        width: '55%',
        alignment: 'center',
        stack: [
          ...(capacity ? [{ text: capacity, bold: true }] : []),
          { text: title, bold: true },
          { text: '(Ký, ghi rõ họ tên, đóng dấu)', italics: true, fontSize: 11, margin: [0, 0, 0, 48] },
          { text: name, bold: true },
        ],
      },
    ],
    margin: [0, 16, 0, 0],
    unbreakable: true,
  };
}

function table(headers: string[], widths: (string | number)[], body: string[][]): Content {
  return {
    table: {
      headerRows: 1,
      widths,
      body: [headers.map((h) => ({ text: h, bold: true, alignment: 'center' as const })), ...body],
    },
    fontSize: 12,
    margin: [0, 4, 0, 8],
  };
}

const para = (text: string | Content[], extra: Record<string, unknown> = {}): Content => ({
  text,
  alignment: 'justify',
  margin: [0, 0, 0, 6],
  leadingIndent: 28,
  ...extra,
});

const title = (text: string, sub?: string): Content => ({
  stack: [
    { text, bold: true, fontSize: 14, alignment: 'center' },
    ...(sub ? [{ text: sub, bold: true, alignment: 'center' as const }] : []),
  ],
  margin: [0, 4, 0, 10],
});

function pastAwardsTable(v: View): Content {
  return table(
    ['Năm', 'Hình thức khen thưởng', 'Số, ngày quyết định'],
    [50, '*', '*'],
    rows(v, 'khenThuong').map((r) => [f(r, 'nam'), f(r, 'hinhThuc'), f(r, 'soQuyetDinh')]),
  );
}

function reportSigners(v: View): Content {
  return signerBlock('', s(v, 'chucVuNguoiBaoCao'), s(v, 'nguoiBaoCao'), <Column>{
    width: '45%',
    alignment: 'center',
    stack: [
      { text: 'XÁC NHẬN CỦA CẤP TRÌNH KHEN', bold: true },
      { text: s(v, 'chucVuXacNhan'), bold: true },
      { text: '(Ký, đóng dấu)', italics: true, fontSize: 11, margin: [0, 0, 0, 48] },
      { text: s(v, 'nguoiXacNhan'), bold: true },
    ],
  });
}

const PORTRAIT: Pick<TDocumentDefinitions, 'pageSize' | 'pageOrientation' | 'pageMargins'> = {
  pageSize: 'A4',
  pageOrientation: 'portrait',
  pageMargins: [85, 57, 57, 57],
};

function layout(kind: DocumentKind, v: View): Omit<TDocumentDefinitions, 'defaultStyle'> {
  switch (kind) {
    case 'to-trinh':
      return {
        ...PORTRAIT,
        content: [
          adminHeader(v),
          title('TỜ TRÌNH', s(v, 'trichYeu')),
          { text: `Kính gửi: ${s(v, 'kinhGui')}`, alignment: 'center', margin: [0, 0, 0, 10] },
          ...rows(v, 'canCu').map((r) => para(f(r, 'noiDung'), { italics: true })),
          para(s(v, 'noiDung')),
          para(`Tổng số đề nghị: ${s(v, 'tongSo')} (danh sách dưới đây).`),
          table(
            ['STT', 'Họ và tên / Tên tập thể', 'Chức vụ, đơn vị', 'Hình thức đề nghị'],
            [28, '*', '*', 110],
            rows(v, 'danhSach').map((r) => [f(r, 'stt'), f(r, 'hoTen'), f(r, 'chucVuDonVi'), f(r, 'hinhThuc')]),
          ),
          signerBlock(s(v, 'thamQuyenKy'), s(v, 'chucVuKy'), s(v, 'nguoiKy')),
        ],
      };
    case 'bao-cao-ca-nhan':
      return {
        ...PORTRAIT,
        content: [
          adminHeader(v, false),
          title('BÁO CÁO THÀNH TÍCH', `ĐỀ NGHỊ TẶNG ${s(v, 'hinhThuc')}`),
          { text: 'I. SƠ LƯỢC LÝ LỊCH', bold: true, margin: [0, 0, 0, 4] },
          para(`- Họ và tên: ${s(v, 'hoTen')}.  Giới tính: ${s(v, 'gioiTinh')}.`),
          para(`- Ngày, tháng, năm sinh: ${s(v, 'ngaySinh')}.`),
          para(`- Chức vụ: ${s(v, 'chucVu')}.`),
          para(`- Đơn vị công tác: ${s(v, 'donVi')}.`),
          para(`- Trình độ chuyên môn: ${s(v, 'trinhDo')}.`),
          { text: 'II. THÀNH TÍCH ĐẠT ĐƯỢC', bold: true, margin: [0, 6, 0, 4] },
          ...rows(v, 'thanhTich').map((r) => para(`- ${f(r, 'noiDung')}`)),
          { text: 'Sáng kiến, giải pháp được công nhận:', italics: true },
          table(
            ['STT', 'Tên sáng kiến', 'Hiệu quả'],
            [28, '*', '*'],
            rows(v, 'sangKien').map((r) => [f(r, 'stt'), f(r, 'ten'), f(r, 'hieuQua')]),
          ),
          { text: 'III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG', bold: true, margin: [0, 6, 0, 4] },
          pastAwardsTable(v),
          reportSigners(v),
        ],
      };
    case 'bao-cao-tap-the':
      return {
        ...PORTRAIT,
        content: [
          adminHeader(v, false),
          title('BÁO CÁO THÀNH TÍCH', `ĐỀ NGHỊ TẶNG ${s(v, 'hinhThuc')}`),
          { text: 'I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH', bold: true, margin: [0, 0, 0, 4] },
          para(`- Tên tập thể: ${s(v, 'tenTapThe')}.`),
          para(`- Địa chỉ: ${s(v, 'diaChi')}.`),
          para(`- Tổng số đoàn viên: ${s(v, 'soThanhVien')}.`),
          para(`- Chức năng, nhiệm vụ: ${s(v, 'chucNang')}`),
          { text: 'II. THÀNH TÍCH ĐẠT ĐƯỢC', bold: true, margin: [0, 6, 0, 4] },
          ...rows(v, 'thanhTich').map((r) => para(`- ${f(r, 'noiDung')}`)),
          { text: 'III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG', bold: true, margin: [0, 6, 0, 4] },
          pastAwardsTable(v),
          reportSigners(v),
        ],
      };
    case 'bien-ban-hoi-dong':
      return {
        ...PORTRAIT,
        content: [
          adminHeader(v),
          title('BIÊN BẢN', `Họp ${s(v, 'tenHoiDong')} và kiểm phiếu`),
          para(`${s(v, 'thoiGian')}, tại ${s(v, 'diaDiem')}, ${s(v, 'tenHoiDong')} họp xét khen thưởng.`),
          para(`- Chủ trì: ${s(v, 'chuTri')}. Thư ký: ${s(v, 'thuKy')}.`),
          para(
            `- Tổng số thành viên Hội đồng: ${s(v, 'tongSoThanhVien')}; có mặt: ${s(v, 'soCoMat')} (${s(v, 'coMat')}).`,
          ),
          para(`- Vắng mặt: ${s(v, 'vangMat')}.`),
          para(`- ${s(v, 'dieuKienHop')}`),
          para(`- Ngưỡng biểu quyết: ${s(v, 'nguongBieuQuyet')}`),
          ...rows(v, 'dienBien').map((r) => para(`- ${f(r, 'noiDung')}`)),
          { text: 'KẾT QUẢ KIỂM PHIẾU', bold: true, alignment: 'center', margin: [0, 6, 0, 2] },
          table(
            ['STT', 'Xếp hạng', 'Họ và tên', 'Đơn vị', 'Hình thức', 'Số phiếu', 'Tỷ lệ', 'Kết quả'],
            [26, 36, '*', '*', 56, 36, 38, 58],
            rows(v, 'ketQua').map((r) => [
              f(r, 'stt'),
              f(r, 'xepHang'),
              f(r, 'hoTen'),
              f(r, 'donVi'),
              f(r, 'hinhThuc'),
              f(r, 'soPhieu'),
              f(r, 'tyLe'),
              f(r, 'ketQua'),
            ]),
          ),
          para(`Kết luận: ${s(v, 'ketLuan')}`),
          para(`${s(v, 'ketThuc')}`),
          signerBlock('', s(v, 'chucVuChuTri'), s(v, 'nguoiChuTri'), <Column>{
            width: '45%',
            alignment: 'center',
            stack: [
              { text: s(v, 'chucVuThuKy'), bold: true },
              { text: '(Ký, ghi rõ họ tên)', italics: true, fontSize: 11, margin: [0, 0, 0, 48] },
              { text: s(v, 'nguoiThuKy'), bold: true },
            ],
          }),
        ],
      };
    case 'quyet-dinh':
      return {
        ...PORTRAIT,
        content: [
          adminHeader(v),
          title('QUYẾT ĐỊNH', s(v, 'trichYeu')),
          { text: s(v, 'thamQuyen'), bold: true, alignment: 'center', margin: [0, 0, 0, 8] },
          ...rows(v, 'canCu').map((r) => para(f(r, 'noiDung'), { italics: true })),
          para(s(v, 'xetDeNghi'), { italics: true }),
          { text: 'QUYẾT ĐỊNH:', bold: true, alignment: 'center', margin: [0, 6, 0, 6] },
          para([{ text: 'Điều 1. ', bold: true }, s(v, 'dieu1')]),
          para([{ text: 'Điều 2. ', bold: true }, s(v, 'dieu2')]),
          para([{ text: 'Điều 3. ', bold: true }, s(v, 'dieu3')]),
          signerBlock(s(v, 'thamQuyenKy'), s(v, 'chucVuKy'), s(v, 'nguoiKy'), <Column>{
            width: '45%',
            fontSize: 11,
            stack: [
              { text: 'Nơi nhận:', bold: true, italics: true },
              ...rows(v, 'noiNhan').map((r) => ({ text: `- ${f(r, 'noiDung')}` })),
            ],
          }),
          { text: s(v, 'tieuDePhuLuc'), bold: true, alignment: 'center', pageBreak: 'before', margin: [0, 0, 0, 8] },
          table(
            ['STT', 'Họ và tên / Tên tập thể', 'Đơn vị', 'Hình thức', 'Số tiền (đồng)'],
            [28, '*', '*', 90, 70],
            [
              ...rows(v, 'phuLuc').map((r) => [
                f(r, 'stt'),
                f(r, 'hoTen'),
                f(r, 'donVi'),
                f(r, 'hinhThuc'),
                f(r, 'soTien'),
              ]),
              ['', `Tổng cộng: ${s(v, 'tongSo')}`, '', '', s(v, 'tongTien')],
            ],
          ),
        ],
      };
    case 'bang-khen':
    case 'giay-khen':
      return {
        pageSize: 'A4',
        pageOrientation: 'landscape',
        pageMargins: [70, 50, 70, 40],
        background: (_page: number, size: { width: number; height: number }) => ({
          canvas: [
            { type: 'rect', x: 24, y: 24, w: size.width - 48, h: size.height - 48, lineWidth: 3, lineColor: '#b8860b' },
            { type: 'rect', x: 32, y: 32, w: size.width - 64, h: size.height - 64, lineWidth: 1, lineColor: '#b8860b' },
          ],
        }),
        content: [
          { text: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', bold: true, fontSize: 13, alignment: 'center' },
          { text: 'Độc lập - Tự do - Hạnh phúc', bold: true, fontSize: 14, alignment: 'center' },
          rule(160),
          { text: s(v, 'coQuanBanHanh'), bold: true, fontSize: 15, alignment: 'center', margin: [0, 14, 0, 0] },
          {
            text: s(v, 'tieuDe'),
            bold: true,
            fontSize: 40,
            color: '#b00000',
            alignment: 'center',
            margin: [0, 6, 0, 6],
          },
          { text: 'TẶNG', bold: true, fontSize: 14, alignment: 'center' },
          { text: s(v, 'hoTen'), bold: true, fontSize: 24, alignment: 'center', margin: [0, 6, 0, 2] },
          { text: s(v, 'chucVuDonVi'), fontSize: 14, alignment: 'center', margin: [0, 0, 0, 8] },
          { text: s(v, 'thanhTich'), italics: true, fontSize: 14, alignment: 'center', margin: [40, 0, 40, 10] },
          {
            columns: [
              {
                width: '50%',
                fontSize: 12,
                margin: [0, 40, 0, 0],
                stack: [{ text: s(v, 'canCuQuyetDinh') }, { text: s(v, 'soVaoSo') }],
              },
              {
                width: '50%',
                alignment: 'center',
                fontSize: 14,
                stack: [
                  { text: s(v, 'diaDanhNgay'), italics: true },
                  ...(s(v, 'thamQuyenKy') ? [{ text: s(v, 'thamQuyenKy'), bold: true }] : []),
                  { text: s(v, 'chucVuKy'), bold: true, margin: [0, 0, 0, 50] },
                  { text: s(v, 'nguoiKy'), bold: true },
                ],
              },
            ],
            unbreakable: true,
          },
        ],
      };
    default:
      throw new Error(`Unknown document kind ${String(kind)}`);
  }
}

export interface PdfOptions {
  /** Fixes the PDF's creation date so the same data renders the same bytes (and checksum). */
  creationDate: Date;
  title?: string;
}

export async function renderPdf(kind: DocumentKind, view: DocumentView, options: PdfOptions): Promise<Buffer> {
  configure();
  const definition: TDocumentDefinitions = {
    ...layout(kind, view),
    defaultStyle: { font: 'TimesCompatible', fontSize: 13, lineHeight: 1.15 },
    info: {
      title: options.title ?? kind,
      creator: 'vinhdanh',
      producer: 'vinhdanh',
      creationDate: options.creationDate,
      modDate: options.creationDate,
    },
  };
  return pdfmake.createPdf(definition).getBuffer();
}
