import { z } from 'zod';
import { amount, ddmmyyyy, nomineeCount, placeAndDate } from './vietnamese-format';

/**
 * The documents an office prints, signs and files. Each kind has a typed input (what the events
 * give), a flat "view" of Vietnamese strings (what a template shows) and the placeholders a
 * replacement template must keep. DOCX templates and PDF layouts read the same view, so the two
 * formats cannot say different things.
 */
export const DocumentKind = z.enum([
  'to-trinh',
  'bao-cao-ca-nhan',
  'bao-cao-tap-the',
  'bien-ban-hoi-dong',
  'quyet-dinh',
  'bang-khen',
  'giay-khen',
]);
export type DocumentKind = z.infer<typeof DocumentKind>;

export const DOCUMENT_KIND_LABELS: Record<DocumentKind, string> = {
  'to-trinh': 'Tờ trình đề nghị khen thưởng (Mẫu 01)',
  'bao-cao-ca-nhan': 'Báo cáo thành tích cá nhân (Mẫu 05)',
  'bao-cao-tap-the': 'Báo cáo thành tích tập thể',
  'bien-ban-hoi-dong': 'Biên bản họp Hội đồng Thi đua – Khen thưởng và kiểm phiếu',
  'quyet-dinh': 'Quyết định khen thưởng kèm danh sách',
  'bang-khen': 'Bằng khen',
  'giay-khen': 'Giấy khen',
};

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'ngày dạng YYYY-MM-DD');
const Text = z.string().trim().min(1);

/** Quốc hiệu block's left side and the place and date line (NĐ 30/2020 Phụ lục I, ô 1–5). */
export const DocumentHeader = z.object({
  parentBody: z.string().trim(),
  issuingBody: Text,
  number: z.string().trim(),
  place: Text,
  date: IsoDate,
});
export type DocumentHeader = z.infer<typeof DocumentHeader>;

export const DocumentSigner = z.object({
  /** "TM. BAN THƯỜNG VỤ", "KT. CHỦ TỊCH" — empty when the signer signs in their own name. */
  capacity: z.string().trim().default(''),
  title: Text,
  name: Text,
});
export type DocumentSigner = z.infer<typeof DocumentSigner>;

const ListedNominee = z.object({
  name: Text,
  /** "Chuyên viên, Sở Nội vụ tỉnh Cao Bằng" or, for a collective, its unit. */
  positionAndUnit: z.string().trim(),
  awardName: Text,
  kind: z.enum(['person', 'collective']),
});

export const ToTrinhData = z.object({
  header: DocumentHeader,
  recipient: Text,
  subject: Text,
  legalBases: z.array(Text),
  campaignName: Text,
  body: Text,
  nominees: z.array(ListedNominee).min(1),
  signer: DocumentSigner,
});

const PastAward = z.object({ year: z.number().int(), award: Text, decision: z.string().trim() });

export const BaoCaoCaNhanData = z.object({
  header: DocumentHeader,
  awardName: Text,
  name: Text,
  birthDate: IsoDate,
  gender: z.enum(['male', 'female']),
  position: z.string().trim(),
  unit: Text,
  education: z.string().trim(),
  achievements: z.array(Text).min(1),
  initiatives: z.array(z.object({ title: Text, effect: z.string().trim() })),
  pastAwards: z.array(PastAward),
  reporter: DocumentSigner,
  certifier: DocumentSigner,
});

export const BaoCaoTapTheData = z.object({
  header: DocumentHeader,
  awardName: Text,
  unitName: Text,
  address: z.string().trim(),
  memberCount: z.number().int().nonnegative(),
  functions: z.string().trim(),
  achievements: z.array(Text).min(1),
  pastAwards: z.array(PastAward),
  reporter: DocumentSigner,
  certifier: DocumentSigner,
});

export const BienBanData = z.object({
  header: DocumentHeader,
  councilName: Text,
  startedAt: Text,
  location: Text,
  chair: Text,
  secretary: Text,
  memberCount: z.number().int().positive(),
  present: z.array(Text),
  absent: z.array(Text),
  quorumText: Text,
  thresholdText: Text,
  sessionNotes: z.array(Text),
  candidates: z.array(
    z.object({
      rank: z.number().int().positive().nullable(),
      name: Text,
      unit: z.string().trim(),
      awardName: Text,
      votesFor: z.number().int().nonnegative(),
      ballots: z.number().int().nonnegative(),
      passed: z.boolean(),
      note: z.string().trim(),
    }),
  ),
  conclusion: Text,
  endedAt: Text,
  chairSigner: DocumentSigner,
  secretarySigner: DocumentSigner,
});

export const QuyetDinhData = z.object({
  header: DocumentHeader,
  authority: Text,
  subject: Text,
  legalBases: z.array(Text).min(1),
  proposal: Text,
  awardName: Text,
  reason: Text,
  annex: z
    .array(
      z.object({
        name: Text,
        unit: z.string().trim(),
        awardName: Text,
        kind: z.enum(['person', 'collective']),
        amount: z.number().nonnegative(),
      }),
    )
    .min(1),
  executors: Text,
  recipients: z.array(Text),
  signer: DocumentSigner,
});

export const CertificateData = z.object({
  issuingBody: Text,
  title: Text,
  awardeeName: Text,
  awardeeDetail: z.string().trim(),
  achievement: Text,
  place: Text,
  date: IsoDate,
  decisionNumber: Text,
  decisionDate: IsoDate,
  registerNumber: Text,
  signer: DocumentSigner,
});

export const DOCUMENT_DATA = {
  'to-trinh': ToTrinhData,
  'bao-cao-ca-nhan': BaoCaoCaNhanData,
  'bao-cao-tap-the': BaoCaoTapTheData,
  'bien-ban-hoi-dong': BienBanData,
  'quyet-dinh': QuyetDinhData,
  'bang-khen': CertificateData,
  'giay-khen': CertificateData,
} as const;

export type DocumentData<K extends DocumentKind> = z.input<(typeof DOCUMENT_DATA)[K]>;

type Row = Record<string, string>;
export type DocumentView = Record<string, string | Row[]>;

/** The fields and loops (with their row fields) every template of a kind must contain. */
export interface PlaceholderSpec {
  fields: readonly string[];
  loops: Readonly<Record<string, readonly string[]>>;
}

const HEADER_FIELDS = ['coQuanChuQuan', 'coQuanBanHanh', 'soKyHieu', 'diaDanhNgay'] as const;
/** Achievement reports carry no số/ký hiệu. */
const REPORT_HEADER_FIELDS = ['coQuanChuQuan', 'coQuanBanHanh', 'diaDanhNgay'] as const;

/** The placeholders of a certificate (Bằng khen, Giấy khen). */
const CERTIFICATE_PLACEHOLDERS: PlaceholderSpec = {
  fields: [
    'coQuanBanHanh',
    'tieuDe',
    'hoTen',
    'chucVuDonVi',
    'thanhTich',
    'diaDanhNgay',
    'thamQuyenKy',
    'chucVuKy',
    'nguoiKy',
    'canCuQuyetDinh',
    'soVaoSo',
  ],
  loops: {},
};

export const PLACEHOLDERS: Record<DocumentKind, PlaceholderSpec> = {
  'to-trinh': {
    fields: [...HEADER_FIELDS, 'kinhGui', 'trichYeu', 'noiDung', 'tongSo', 'thamQuyenKy', 'chucVuKy', 'nguoiKy'],
    loops: { canCu: ['noiDung'], danhSach: ['stt', 'hoTen', 'chucVuDonVi', 'hinhThuc'] },
  },
  'bao-cao-ca-nhan': {
    fields: [
      ...REPORT_HEADER_FIELDS,
      'hinhThuc',
      'hoTen',
      'ngaySinh',
      'gioiTinh',
      'chucVu',
      'donVi',
      'trinhDo',
      'chucVuNguoiBaoCao',
      'nguoiBaoCao',
      'chucVuXacNhan',
      'nguoiXacNhan',
    ],
    loops: {
      thanhTich: ['noiDung'],
      sangKien: ['stt', 'ten', 'hieuQua'],
      khenThuong: ['nam', 'hinhThuc', 'soQuyetDinh'],
    },
  },
  'bao-cao-tap-the': {
    fields: [
      ...REPORT_HEADER_FIELDS,
      'hinhThuc',
      'tenTapThe',
      'diaChi',
      'soThanhVien',
      'chucNang',
      'chucVuNguoiBaoCao',
      'nguoiBaoCao',
      'chucVuXacNhan',
      'nguoiXacNhan',
    ],
    loops: { thanhTich: ['noiDung'], khenThuong: ['nam', 'hinhThuc', 'soQuyetDinh'] },
  },
  'bien-ban-hoi-dong': {
    fields: [
      ...HEADER_FIELDS,
      'tenHoiDong',
      'thoiGian',
      'diaDiem',
      'chuTri',
      'thuKy',
      'tongSoThanhVien',
      'soCoMat',
      'coMat',
      'vangMat',
      'dieuKienHop',
      'nguongBieuQuyet',
      'ketLuan',
      'ketThuc',
      'chucVuChuTri',
      'nguoiChuTri',
      'chucVuThuKy',
      'nguoiThuKy',
    ],
    loops: {
      dienBien: ['noiDung'],
      ketQua: ['stt', 'xepHang', 'hoTen', 'donVi', 'hinhThuc', 'soPhieu', 'tyLe', 'ketQua'],
    },
  },
  'quyet-dinh': {
    fields: [
      ...HEADER_FIELDS,
      'thamQuyen',
      'trichYeu',
      'xetDeNghi',
      'dieu1',
      'dieu2',
      'dieu3',
      'tongSo',
      'tongTien',
      'thamQuyenKy',
      'chucVuKy',
      'nguoiKy',
      'tieuDePhuLuc',
    ],
    loops: {
      canCu: ['noiDung'],
      noiNhan: ['noiDung'],
      phuLuc: ['stt', 'hoTen', 'donVi', 'hinhThuc', 'soTien'],
    },
  },
  // Bằng khen and Giấy khen share one layout (NĐ 152/2025 Mẫu 06, 07): the same placeholders.
  'bang-khen': CERTIFICATE_PLACEHOLDERS,
  'giay-khen': CERTIFICATE_PLACEHOLDERS,
};

function headerView(h: DocumentHeader): Row {
  return {
    coQuanChuQuan: h.parentBody.toUpperCase(),
    coQuanBanHanh: h.issuingBody.toUpperCase(),
    soKyHieu: h.number ? `Số: ${h.number}` : 'Số:        ',
    diaDanhNgay: placeAndDate(h.place, h.date),
  };
}

function reportHeaderView(h: DocumentHeader): Row {
  const { soKyHieu: _number, ...rest } = headerView(h);
  return rest;
}

function signerView(s: DocumentSigner, prefix: { capacity?: string; title: string; name: string }): Row {
  const out: Row = { [prefix.title]: s.title.toUpperCase(), [prefix.name]: s.name };
  if (prefix.capacity) out[prefix.capacity] = s.capacity.toUpperCase();
  return out;
}

const lines = (items: readonly string[]): Row[] => items.map((noiDung) => ({ noiDung }));
const pastAwards = (items: z.infer<typeof PastAward>[]): Row[] =>
  items.length
    ? items.map((a) => ({ nam: String(a.year), hinhThuc: a.award, soQuyetDinh: a.decision }))
    : [{ nam: '', hinhThuc: 'Chưa có', soQuyetDinh: '' }];

function percent(part: number, whole: number): string {
  if (whole === 0) return '0%';
  return `${(Math.round((part / whole) * 1000) / 10).toLocaleString('vi-VN')}%`;
}

/** Builds the view of a kind from validated data; throws a ZodError on bad data. */
export function documentView<K extends DocumentKind>(kind: K, input: DocumentData<K>): DocumentView {
  switch (kind) {
    case 'to-trinh': {
      const d = ToTrinhData.parse(input);
      const persons = d.nominees.filter((n) => n.kind === 'person').length;
      return {
        ...headerView(d.header),
        kinhGui: d.recipient,
        trichYeu: d.subject,
        canCu: lines(d.legalBases),
        noiDung: d.body,
        danhSach: d.nominees.map((n, i) => ({
          stt: String(i + 1),
          hoTen: n.name,
          chucVuDonVi: n.positionAndUnit,
          hinhThuc: n.awardName,
        })),
        tongSo: nomineeCount(persons, d.nominees.length - persons),
        ...signerView(d.signer, { capacity: 'thamQuyenKy', title: 'chucVuKy', name: 'nguoiKy' }),
      };
    }
    case 'bao-cao-ca-nhan': {
      const d = BaoCaoCaNhanData.parse(input);
      return {
        ...reportHeaderView(d.header),
        hinhThuc: d.awardName.toUpperCase(),
        hoTen: d.name,
        ngaySinh: ddmmyyyy(d.birthDate),
        gioiTinh: d.gender === 'female' ? 'Nữ' : 'Nam',
        chucVu: d.position,
        donVi: d.unit,
        trinhDo: d.education,
        thanhTich: lines(d.achievements),
        sangKien: d.initiatives.length
          ? d.initiatives.map((s, i) => ({ stt: String(i + 1), ten: s.title, hieuQua: s.effect }))
          : [{ stt: '', ten: 'Không có', hieuQua: '' }],
        khenThuong: pastAwards(d.pastAwards),
        ...signerView(d.reporter, { title: 'chucVuNguoiBaoCao', name: 'nguoiBaoCao' }),
        ...signerView(d.certifier, { title: 'chucVuXacNhan', name: 'nguoiXacNhan' }),
      };
    }
    case 'bao-cao-tap-the': {
      const d = BaoCaoTapTheData.parse(input);
      return {
        ...reportHeaderView(d.header),
        hinhThuc: d.awardName.toUpperCase(),
        tenTapThe: d.unitName,
        diaChi: d.address,
        soThanhVien: amount(d.memberCount),
        chucNang: d.functions,
        thanhTich: lines(d.achievements),
        khenThuong: pastAwards(d.pastAwards),
        ...signerView(d.reporter, { title: 'chucVuNguoiBaoCao', name: 'nguoiBaoCao' }),
        ...signerView(d.certifier, { title: 'chucVuXacNhan', name: 'nguoiXacNhan' }),
      };
    }
    case 'bien-ban-hoi-dong': {
      const d = BienBanData.parse(input);
      return {
        ...headerView(d.header),
        tenHoiDong: d.councilName,
        thoiGian: d.startedAt,
        diaDiem: d.location,
        chuTri: d.chair,
        thuKy: d.secretary,
        tongSoThanhVien: String(d.memberCount),
        soCoMat: String(d.present.length),
        coMat: d.present.join(', '),
        vangMat: d.absent.length ? d.absent.join(', ') : 'Không',
        dieuKienHop: d.quorumText,
        nguongBieuQuyet: d.thresholdText,
        dienBien: lines(d.sessionNotes.length ? d.sessionNotes : ['Phiên họp diễn ra liên tục.']),
        ketQua: d.candidates.map((c, i) => ({
          stt: String(i + 1),
          xepHang: c.rank === null ? '—' : String(c.rank),
          hoTen: c.name,
          donVi: c.unit,
          hinhThuc: c.awardName,
          soPhieu: `${c.votesFor}/${d.memberCount}`,
          tyLe: percent(c.votesFor, d.memberCount),
          ketQua: [c.passed ? 'Đạt' : 'Không đạt', c.note].filter(Boolean).join('; '),
        })),
        ketLuan: d.conclusion,
        ketThuc: d.endedAt,
        ...signerView(d.chairSigner, { title: 'chucVuChuTri', name: 'nguoiChuTri' }),
        ...signerView(d.secretarySigner, { title: 'chucVuThuKy', name: 'nguoiThuKy' }),
      };
    }
    case 'quyet-dinh': {
      const d = QuyetDinhData.parse(input);
      const persons = d.annex.filter((a) => a.kind === 'person').length;
      const count = nomineeCount(persons, d.annex.length - persons);
      const total = d.annex.reduce((sum, a) => sum + a.amount, 0);
      const number = d.header.number;
      return {
        ...headerView(d.header),
        thamQuyen: d.authority.toUpperCase(),
        trichYeu: d.subject,
        canCu: lines(d.legalBases),
        xetDeNghi: d.proposal,
        dieu1: `Tặng ${d.awardName} cho ${count} (có danh sách kèm theo), ${d.reason}`,
        dieu2: `Kèm theo ${d.awardName} là tiền thưởng theo quy định, tổng cộng ${amount(total)} đồng (bằng số, theo danh sách kèm theo).`,
        dieu3: `${d.executors} và các cá nhân, tập thể có tên tại Điều 1 căn cứ Quyết định thi hành./.`,
        noiNhan: lines(d.recipients),
        tongSo: count,
        tongTien: amount(total),
        tieuDePhuLuc: `DANH SÁCH KHEN THƯỞNG (Kèm theo Quyết định số ${number || '…'} ngày ${ddmmyyyy(d.header.date)})`,
        phuLuc: d.annex.map((a, i) => ({
          stt: String(i + 1),
          hoTen: a.name,
          donVi: a.unit,
          hinhThuc: a.awardName,
          soTien: amount(a.amount),
        })),
        ...signerView(d.signer, { capacity: 'thamQuyenKy', title: 'chucVuKy', name: 'nguoiKy' }),
      };
    }
    case 'bang-khen':
    case 'giay-khen': {
      const d = CertificateData.parse(input);
      return {
        coQuanBanHanh: d.issuingBody.toUpperCase(),
        tieuDe: d.title.toUpperCase(),
        hoTen: d.awardeeName,
        chucVuDonVi: d.awardeeDetail,
        thanhTich: d.achievement,
        diaDanhNgay: placeAndDate(d.place, d.date),
        canCuQuyetDinh: `Quyết định số ${d.decisionNumber} ngày ${ddmmyyyy(d.decisionDate)}`,
        soVaoSo: `Số vào sổ: ${d.registerNumber}`,
        ...signerView(d.signer, { capacity: 'thamQuyenKy', title: 'chucVuKy', name: 'nguoiKy' }),
      };
    }
    default:
      throw new Error(`Unknown document kind ${String(kind)}`);
  }
}
