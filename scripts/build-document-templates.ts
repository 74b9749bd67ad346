/**
 * Writes the default DOCX templates (libs/documents/src/templates/*.docx) with the `docx` package,
 * so they are made by a library rather than by hand. Run once after changing a layout:
 *   npm run build:document-templates
 * Offices replace a template through the API without a code change; the placeholders each kind
 * needs are listed in libs/documents/src/document-kinds.ts (PLACEHOLDERS).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  AlignmentType,
  BorderStyle,
  Document,
  PageOrientation,
  Packer,
  PageBreak,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ISectionOptions,
} from 'docx';
import { type DocumentKind, DocumentKind as Kinds } from '../libs/documents/src/document-kinds';

const FONT = 'Times New Roman';
const PT = (points: number): number => points * 2;
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' } as const;
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  size?: number;
  color?: string;
}
function p(
  text: string,
  style: RunStyle = {},
  alignment: (typeof AlignmentType)[keyof typeof AlignmentType] = AlignmentType.JUSTIFIED,
): Paragraph {
  return new Paragraph({
    alignment,
    spacing: { after: 80 },
    children: [
      new TextRun({
        text,
        font: FONT,
        size: PT(style.size ?? 13),
        bold: style.bold,
        italics: style.italics,
        color: style.color,
      }),
    ],
  });
}
const c = (text: string, style: RunStyle = {}): Paragraph => p(text, style, AlignmentType.CENTER);
/** A loop of paragraphs: docxtemplater's paragraphLoop drops the opening and closing paragraphs. */
const loop = (name: string, body: Paragraph[]): Paragraph[] => [p(`{#${name}}`), ...body, p(`{/${name}}`)];

function cell(children: Paragraph[], widthPct?: number): TableCell {
  return new TableCell({ children, width: widthPct ? { size: widthPct, type: WidthType.PERCENTAGE } : undefined });
}

function layoutTable(columns: Paragraph[][], widths: number[]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [new TableRow({ children: columns.map((col, i) => cell(col, widths[i])) })],
  });
}

function header(withNumber = true): Table {
  return layoutTable(
    [
      [
        c('{coQuanChuQuan}', { size: 12 }),
        c('{coQuanBanHanh}', { bold: true, size: 12 }),
        c('———'),
        ...(withNumber ? [c('{soKyHieu}')] : []),
      ],
      [
        c('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, size: 12 }),
        c('Độc lập - Tự do - Hạnh phúc', { bold: true }),
        c('———————————'),
        c('{diaDanhNgay}', { italics: true }),
      ],
    ],
    [42, 58],
  );
}

/** A bordered table whose second row repeats for every item of `name`. */
function listTable(name: string, headings: string[], fields: string[]): Table {
  const last = fields.length - 1;
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: headings.map((h) => cell([c(h, { bold: true, size: 12 })])) }),
      new TableRow({
        children: fields.map((f, i) =>
          cell([
            p(
              `${i === 0 ? `{#${name}}` : ''}{${f}}${i === last ? `{/${name}}` : ''}`,
              { size: 12 },
              AlignmentType.LEFT,
            ),
          ]),
        ),
      }),
    ],
  });
}

function signer(capacity: string | null, title: string, name: string, left: Paragraph[] = [p('')]): Table {
  return layoutTable(
    [
      left,
      [
        ...(capacity ? [c(`{${capacity}}`, { bold: true })] : []),
        c(`{${title}}`, { bold: true }),
        c('(Ký, ghi rõ họ tên, đóng dấu)', { italics: true, size: 11 }),
        c(''),
        c(''),
        c(''),
        c(`{${name}}`, { bold: true }),
      ],
    ],
    [45, 55],
  );
}

const reportSigners = (): Table =>
  signer(null, 'chucVuNguoiBaoCao', 'nguoiBaoCao', [
    c('XÁC NHẬN CỦA CẤP TRÌNH KHEN', { bold: true }),
    c('{chucVuXacNhan}', { bold: true }),
    c('(Ký, đóng dấu)', { italics: true, size: 11 }),
    c(''),
    c(''),
    c(''),
    c('{nguoiXacNhan}', { bold: true }),
  ]);

const pastAwards = (): Table =>
  listTable('khenThuong', ['Năm', 'Hình thức khen thưởng', 'Số, ngày quyết định'], ['nam', 'hinhThuc', 'soQuyetDinh']);

const A4_PORTRAIT = { page: { margin: { top: 1134, bottom: 1134, left: 1701, right: 1134 } } };
const A4_LANDSCAPE = {
  page: {
    size: { orientation: PageOrientation.LANDSCAPE, width: 11906, height: 16838 },
    margin: { top: 1000, bottom: 800, left: 1400, right: 1400 },
  },
};

function section(kind: DocumentKind): ISectionOptions {
  switch (kind) {
    case 'to-trinh':
      return {
        properties: A4_PORTRAIT,
        children: [
          header(),
          c('TỜ TRÌNH', { bold: true, size: 14 }),
          c('{trichYeu}', { bold: true }),
          c('Kính gửi: {kinhGui}'),
          ...loop('canCu', [p('{noiDung}', { italics: true })]),
          p('{noiDung}'),
          p('Tổng số đề nghị: {tongSo} (danh sách dưới đây).'),
          listTable(
            'danhSach',
            ['STT', 'Họ và tên / Tên tập thể', 'Chức vụ, đơn vị', 'Hình thức đề nghị'],
            ['stt', 'hoTen', 'chucVuDonVi', 'hinhThuc'],
          ),
          signer('thamQuyenKy', 'chucVuKy', 'nguoiKy'),
        ],
      };
    case 'bao-cao-ca-nhan':
      return {
        properties: A4_PORTRAIT,
        children: [
          header(false),
          c('BÁO CÁO THÀNH TÍCH', { bold: true, size: 14 }),
          c('ĐỀ NGHỊ TẶNG {hinhThuc}', { bold: true }),
          p('I. SƠ LƯỢC LÝ LỊCH', { bold: true }),
          p('- Họ và tên: {hoTen}.  Giới tính: {gioiTinh}.'),
          p('- Ngày, tháng, năm sinh: {ngaySinh}.'),
          p('- Chức vụ: {chucVu}.'),
          p('- Đơn vị công tác: {donVi}.'),
          p('- Trình độ chuyên môn: {trinhDo}.'),
          p('II. THÀNH TÍCH ĐẠT ĐƯỢC', { bold: true }),
          ...loop('thanhTich', [p('- {noiDung}')]),
          p('Sáng kiến, giải pháp được công nhận:', { italics: true }),
          listTable('sangKien', ['STT', 'Tên sáng kiến', 'Hiệu quả'], ['stt', 'ten', 'hieuQua']),
          p('III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG', { bold: true }),
          pastAwards(),
          reportSigners(),
        ],
      };
    case 'bao-cao-tap-the':
      return {
        properties: A4_PORTRAIT,
        children: [
          header(false),
          c('BÁO CÁO THÀNH TÍCH', { bold: true, size: 14 }),
          c('ĐỀ NGHỊ TẶNG {hinhThuc}', { bold: true }),
          p('I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH', { bold: true }),
          p('- Tên tập thể: {tenTapThe}.'),
          p('- Địa chỉ: {diaChi}.'),
          p('- Tổng số đoàn viên: {soThanhVien}.'),
          p('- Chức năng, nhiệm vụ: {chucNang}'),
          p('II. THÀNH TÍCH ĐẠT ĐƯỢC', { bold: true }),
          ...loop('thanhTich', [p('- {noiDung}')]),
          p('III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG', { bold: true }),
          pastAwards(),
          reportSigners(),
        ],
      };
    case 'bien-ban-hoi-dong':
      return {
        properties: A4_PORTRAIT,
        children: [
          header(),
          c('BIÊN BẢN', { bold: true, size: 14 }),
          c('Họp {tenHoiDong} và kiểm phiếu', { bold: true }),
          p('{thoiGian}, tại {diaDiem}, {tenHoiDong} họp xét khen thưởng.'),
          p('- Chủ trì: {chuTri}. Thư ký: {thuKy}.'),
          p('- Tổng số thành viên Hội đồng: {tongSoThanhVien}; có mặt: {soCoMat} ({coMat}).'),
          p('- Vắng mặt: {vangMat}.'),
          p('- {dieuKienHop}'),
          p('- Ngưỡng biểu quyết: {nguongBieuQuyet}'),
          ...loop('dienBien', [p('- {noiDung}')]),
          c('KẾT QUẢ KIỂM PHIẾU', { bold: true }),
          listTable(
            'ketQua',
            ['STT', 'Xếp hạng', 'Họ và tên', 'Đơn vị', 'Hình thức', 'Số phiếu', 'Tỷ lệ', 'Kết quả'],
            ['stt', 'xepHang', 'hoTen', 'donVi', 'hinhThuc', 'soPhieu', 'tyLe', 'ketQua'],
          ),
          p('Kết luận: {ketLuan}'),
          p('{ketThuc}'),
          signer(null, 'chucVuChuTri', 'nguoiChuTri', [
            c('{chucVuThuKy}', { bold: true }),
            c('(Ký, ghi rõ họ tên)', { italics: true, size: 11 }),
            c(''),
            c(''),
            c(''),
            c('{nguoiThuKy}', { bold: true }),
          ]),
        ],
      };
    case 'quyet-dinh':
      return {
        properties: A4_PORTRAIT,
        children: [
          header(),
          c('QUYẾT ĐỊNH', { bold: true, size: 14 }),
          c('{trichYeu}', { bold: true }),
          c('{thamQuyen}', { bold: true }),
          ...loop('canCu', [p('{noiDung}', { italics: true })]),
          p('{xetDeNghi}', { italics: true }),
          c('QUYẾT ĐỊNH:', { bold: true }),
          p('Điều 1. {dieu1}'),
          p('Điều 2. {dieu2}'),
          p('Điều 3. {dieu3}'),
          signer('thamQuyenKy', 'chucVuKy', 'nguoiKy', [
            p('Nơi nhận:', { bold: true, italics: true, size: 12 }),
            ...loop('noiNhan', [p('- {noiDung}', { size: 11 })]),
          ]),
          new Paragraph({ children: [new PageBreak()] }),
          c('{tieuDePhuLuc}', { bold: true }),
          listTable(
            'phuLuc',
            ['STT', 'Họ và tên / Tên tập thể', 'Đơn vị', 'Hình thức', 'Số tiền (đồng)'],
            ['stt', 'hoTen', 'donVi', 'hinhThuc', 'soTien'],
          ),
          p('Tổng cộng: {tongSo}; số tiền {tongTien} đồng.', { bold: true }),
        ],
      };
    case 'bang-khen':
    case 'giay-khen':
      return {
        properties: A4_LANDSCAPE,
        children: [
          c('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true }),
          c('Độc lập - Tự do - Hạnh phúc', { bold: true, size: 14 }),
          c('———————————'),
          c('{coQuanBanHanh}', { bold: true, size: 15 }),
          c('{tieuDe}', { bold: true, size: 40, color: 'B00000' }),
          c('TẶNG', { bold: true, size: 14 }),
          c('{hoTen}', { bold: true, size: 24 }),
          c('{chucVuDonVi}', { size: 14 }),
          c('{thanhTich}', { italics: true, size: 14 }),
          layoutTable(
            [
              [p(''), p(''), p('{canCuQuyetDinh}', { size: 12 }), p('{soVaoSo}', { size: 12 })],
              [
                c('{diaDanhNgay}', { italics: true, size: 14 }),
                c('{thamQuyenKy}', { bold: true, size: 14 }),
                c('{chucVuKy}', { bold: true, size: 14 }),
                c(''),
                c(''),
                c('{nguoiKy}', { bold: true, size: 14 }),
              ],
            ],
            [50, 50],
          ),
        ],
      };
    default:
      throw new Error(`Unknown document kind ${String(kind)}`);
  }
}

async function main(): Promise<void> {
  const dir = join(__dirname, '../libs/documents/src/templates');
  for (const kind of Kinds.options) {
    const doc = new Document({
      creator: 'vinhdanh',
      title: kind,
      styles: { default: { document: { run: { font: FONT, size: PT(13) } } } },
      sections: [section(kind)],
    });
    const buffer = await Packer.toBuffer(doc);
    writeFileSync(join(dir, `${kind}.docx`), buffer);
    console.log(`${kind}.docx ${buffer.length} bytes`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
