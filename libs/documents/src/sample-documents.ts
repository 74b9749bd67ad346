import { type DocumentData, type DocumentKind } from './document-kinds';

/**
 * One realistic input per kind (a Cao Bằng round), for tests, the benchmark and anyone checking
 * a replacement template by eye.
 */
const LDLD_CB = {
  parentBody: 'Tổng Liên đoàn Lao động Việt Nam',
  issuingBody: 'Liên đoàn Lao động tỉnh Cao Bằng',
  place: 'Cao Bằng',
};
const CHAIR = { capacity: 'TM. Ban Thường vụ', title: 'Chủ tịch', name: 'Nông Văn Đức' };

export function annexRows(count: number): DocumentData<'quyet-dinh'>['annex'] {
  const family = ['Nông', 'Hoàng', 'Lý', 'Triệu', 'Bế', 'Đàm', 'Lục', 'Hà', 'Lương', 'Ma'];
  const given = ['Thị Hoa', 'Văn Minh', 'Thị Yến', 'Văn Thắng', 'Thị Thu', 'Văn Hùng', 'Thị Lan', 'Đức Long'];
  return Array.from({ length: count }, (_, i) => ({
    name: `${family[i % family.length]} ${given[i % given.length]}${count > 80 ? ` (${i + 1})` : ''}`,
    unit: i % 2 ? 'Công đoàn cơ sở Cục Thống kê tỉnh Cao Bằng' : 'Công đoàn cơ sở Sở Nội vụ tỉnh Cao Bằng',
    awardName: 'Bằng khen',
    kind: 'person' as const,
    amount: 1_490_000,
  }));
}

export const sampleDocumentData: { [K in DocumentKind]: DocumentData<K> } = {
  'to-trinh': {
    header: {
      parentBody: 'Công đoàn Viên chức tỉnh Cao Bằng',
      issuingBody: 'Công đoàn cơ sở Sở Nội vụ tỉnh Cao Bằng',
      number: '15/TTr-CĐCS',
      place: 'Cao Bằng',
      date: '2026-11-20',
    },
    recipient: 'Liên đoàn Lao động tỉnh Cao Bằng',
    subject: 'Về việc đề nghị tặng Bằng khen năm 2026',
    legalBases: ['Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15;', 'Căn cứ Nghị định số 152/2025/NĐ-CP;'],
    campaignName: 'Lao động giỏi, lao động sáng tạo 2026',
    body: 'Ban Chấp hành Công đoàn cơ sở Sở Nội vụ tỉnh Cao Bằng kính đề nghị xét tặng Bằng khen cho các cá nhân và tập thể có thành tích xuất sắc trong phong trào thi đua "Lao động giỏi, lao động sáng tạo" năm 2026.',
    nominees: [
      {
        name: 'Nông Thị Hoa',
        positionAndUnit: 'Chuyên viên, Sở Nội vụ tỉnh Cao Bằng',
        awardName: 'Bằng khen',
        kind: 'person',
      },
      {
        name: 'Lý Văn Thắng',
        positionAndUnit: 'Phó Giám đốc, Sở Nội vụ tỉnh Cao Bằng',
        awardName: 'Bằng khen',
        kind: 'person',
      },
      {
        name: 'Phòng Tổ chức – Biên chế',
        positionAndUnit: 'Sở Nội vụ tỉnh Cao Bằng',
        awardName: 'Bằng khen',
        kind: 'collective',
      },
    ],
    signer: { capacity: 'TM. Ban Chấp hành', title: 'Chủ tịch', name: 'Lý Văn Thắng' },
  },
  'bao-cao-ca-nhan': {
    header: {
      ...LDLD_CB,
      parentBody: 'Công đoàn cơ sở Sở Nội vụ tỉnh Cao Bằng',
      issuingBody: 'Sở Nội vụ tỉnh Cao Bằng',
      number: '',
      date: '2026-11-18',
    },
    awardName: 'Bằng khen của Liên đoàn Lao động tỉnh',
    name: 'Nông Thị Hoa',
    birthDate: '1986-03-09',
    gender: 'female',
    position: 'Chuyên viên phòng Tổ chức – Biên chế',
    unit: 'Sở Nội vụ tỉnh Cao Bằng',
    education: 'Cử nhân Luật',
    achievements: [
      'Hoàn thành xuất sắc nhiệm vụ năm 2025 và năm 2026.',
      'Chủ trì rà soát 1.250 hồ sơ viên chức, rút ngắn thời gian xử lý 30%.',
    ],
    initiatives: [{ title: 'Số hóa hồ sơ công chức cấp xã', effect: 'Tiết kiệm 120.000.000 đồng mỗi năm' }],
    pastAwards: [{ year: 2025, award: 'Giấy khen Công đoàn Viên chức tỉnh', decision: '45/QĐ-CĐVC ngày 15/12/2025' }],
    reporter: { capacity: '', title: 'Người báo cáo thành tích', name: 'Nông Thị Hoa' },
    certifier: { capacity: '', title: 'Giám đốc Sở Nội vụ', name: 'Lý Văn Thắng' },
  },
  'bao-cao-tap-the': {
    header: {
      ...LDLD_CB,
      parentBody: 'Công đoàn Viên chức tỉnh Cao Bằng',
      issuingBody: 'Công đoàn cơ sở Cục Thống kê tỉnh Cao Bằng',
      number: '',
      date: '2026-11-18',
    },
    awardName: 'Bằng khen của Liên đoàn Lao động tỉnh',
    unitName: 'Công đoàn cơ sở Cục Thống kê tỉnh Cao Bằng',
    address: 'Số 8, phố Hoàng Đình Giong, phường Thục Phán, tỉnh Cao Bằng',
    memberCount: 46,
    functions: 'Đại diện, bảo vệ quyền và lợi ích hợp pháp, chính đáng của đoàn viên.',
    achievements: ['Tổ chức 12 hoạt động chăm lo cho đoàn viên, tổng kinh phí 85.000.000 đồng.'],
    pastAwards: [],
    reporter: { capacity: '', title: 'Chủ tịch Công đoàn cơ sở', name: 'Triệu Thị Yến' },
    certifier: { capacity: '', title: 'Chủ tịch Công đoàn Viên chức tỉnh', name: 'Bế Văn Hùng' },
  },
  'bien-ban-hoi-dong': {
    header: { ...LDLD_CB, number: '07/BB-HĐTĐKT', date: '2026-12-10' },
    councilName: 'Hội đồng Thi đua – Khen thưởng Liên đoàn Lao động tỉnh Cao Bằng',
    startedAt: 'Vào lúc 08 giờ 30 ngày 10/12/2026',
    location: 'Hội trường Liên đoàn Lao động tỉnh Cao Bằng',
    chair: 'Nông Văn Đức – Chủ tịch Hội đồng',
    secretary: 'Hà Thị Mai – Thư ký Hội đồng',
    memberCount: 9,
    present: [
      'Nông Văn Đức',
      'Đàm Thị Lan',
      'Hà Thị Mai',
      'Lục Thị Thu',
      'Bế Văn Hùng',
      'Lương Thị Mến',
      'Ma Thị Hạnh',
    ],
    absent: ['Triệu Thị Yến (có phiếu bằng văn bản)', 'Hoàng Văn Minh'],
    quorumText: 'Số thành viên có mặt 7/9 (77,8%), đủ điều kiện họp theo quy chế (tối thiểu 2/3).',
    thresholdText: 'Cá nhân, tập thể được đề nghị phải đạt trên 50% tổng số thành viên Hội đồng (ít nhất 5/9 phiếu).',
    sessionNotes: ['Phiên họp tạm dừng lúc 10 giờ 15 để xác minh hồ sơ, tiếp tục lúc 14 giờ 00 cùng ngày.'],
    candidates: [
      {
        rank: 1,
        name: 'Nông Thị Hoa',
        unit: 'CĐCS Sở Nội vụ',
        awardName: 'Bằng khen',
        votesFor: 9,
        ballots: 9,
        passed: true,
        note: '',
      },
      {
        rank: 2,
        name: 'Hoàng Văn Minh',
        unit: 'CĐCS Cục Thống kê',
        awardName: 'Bằng khen',
        votesFor: 7,
        ballots: 9,
        passed: true,
        note: 'Ưu tiên nữ khi bằng phiếu',
      },
      {
        rank: null,
        name: 'Lý Văn Thắng',
        unit: 'CĐCS Sở Nội vụ',
        awardName: 'Bằng khen',
        votesFor: 4,
        ballots: 9,
        passed: false,
        note: '',
      },
    ],
    conclusion: 'Hội đồng thống nhất đề nghị tặng Bằng khen cho 2 cá nhân đạt số phiếu theo quy định.',
    endedAt: 'Phiên họp kết thúc lúc 15 giờ 30 ngày 10/12/2026.',
    chairSigner: { capacity: '', title: 'Chủ trì', name: 'Nông Văn Đức' },
    secretarySigner: { capacity: '', title: 'Thư ký', name: 'Hà Thị Mai' },
  },
  'quyet-dinh': {
    header: { ...LDLD_CB, number: '125/QĐ-LĐLĐ', date: '2026-12-15' },
    authority: 'Ban Thường vụ Liên đoàn Lao động tỉnh Cao Bằng',
    subject: 'Về việc tặng Bằng khen năm 2026',
    legalBases: [
      'Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15/6/2022;',
      'Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14/6/2025 của Chính phủ;',
    ],
    proposal:
      'Xét đề nghị của Hội đồng Thi đua – Khen thưởng Liên đoàn Lao động tỉnh tại Biên bản số 07/BB-HĐTĐKT ngày 10/12/2026,',
    awardName: 'Bằng khen của Ban Chấp hành Liên đoàn Lao động tỉnh',
    reason: 'đã có thành tích xuất sắc trong phong trào thi đua "Lao động giỏi, lao động sáng tạo" năm 2026.',
    annex: [
      {
        name: 'Nông Thị Hoa',
        unit: 'Công đoàn cơ sở Sở Nội vụ tỉnh Cao Bằng',
        awardName: 'Bằng khen',
        kind: 'person',
        amount: 1_490_000,
      },
      {
        name: 'Hoàng Văn Minh',
        unit: 'Công đoàn cơ sở Cục Thống kê tỉnh Cao Bằng',
        awardName: 'Bằng khen',
        kind: 'person',
        amount: 1_490_000,
      },
      {
        name: 'Công đoàn cơ sở Cục Thống kê tỉnh Cao Bằng',
        unit: 'Công đoàn Viên chức tỉnh Cao Bằng',
        awardName: 'Bằng khen',
        kind: 'collective',
        amount: 2_980_000,
      },
    ],
    executors: 'Văn phòng, Ban Tổ chức Liên đoàn Lao động tỉnh',
    recipients: ['Như Điều 3;', 'Tổng Liên đoàn Lao động Việt Nam (để b/c);', 'Lưu: VT, TC.'],
    signer: CHAIR,
  },
  'bang-khen': {
    issuingBody: 'Ban Chấp hành Liên đoàn Lao động tỉnh Cao Bằng',
    title: 'Bằng khen',
    awardeeName: 'Nông Thị Hoa',
    awardeeDetail: 'Chuyên viên, Sở Nội vụ tỉnh Cao Bằng',
    achievement: 'Đã có thành tích xuất sắc trong phong trào thi đua "Lao động giỏi, lao động sáng tạo" năm 2026',
    place: 'Cao Bằng',
    date: '2026-12-15',
    decisionNumber: '125/QĐ-LĐLĐ',
    decisionDate: '2026-12-15',
    registerNumber: '125.001',
    signer: CHAIR,
  },
  'giay-khen': {
    issuingBody: 'Ban Chấp hành Công đoàn Viên chức tỉnh Cao Bằng',
    title: 'Giấy khen',
    awardeeName: 'Triệu Thị Yến',
    awardeeDetail: 'Chủ tịch Công đoàn cơ sở Cục Thống kê tỉnh Cao Bằng',
    achievement: 'Đã có thành tích xuất sắc trong công tác công đoàn năm 2026',
    place: 'Cao Bằng',
    date: '2026-12-05',
    decisionNumber: '46/QĐ-CĐVC',
    decisionDate: '2026-12-05',
    registerNumber: '46.003',
    signer: { capacity: 'TM. Ban Thường vụ', title: 'Chủ tịch', name: 'Bế Văn Hùng' },
  },
};
