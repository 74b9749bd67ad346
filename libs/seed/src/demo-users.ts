import { demoUnitIds as u } from '@vinhdanh/domain';
import type { UserRole } from '@vinhdanh/db';

/** The one password every demo user shares (demo data only; printed by `npm start`). */
export const DEMO_PASSWORD = 'vinhdanh@2026';

/** A demo account: who, which role, at which unit. */
export interface DemoUser {
  username: string;
  fullName: string;
  role: UserRole;
  unitId: string;
}

/**
 * Demo accounts covering every role along the demo routes: nominators at CĐCS, reviewers and
 * chairs at each level above, a unit admin, an auditor and a system admin. Names are typical
 * of each region (Tày/Nùng surnames in Cao Bằng, Mekong names in Hậu Giang).
 */
export const demoUsers: readonly DemoUser[] = [
  // Cao Bằng: CĐCS Sở Nội vụ / Cục Thống kê → CĐ Viên chức tỉnh → LĐLĐ tỉnh → Tổng LĐLĐ
  { username: 'snv.nominator', fullName: 'Nông Thị Hoa', role: 'nominator', unitId: u.cdcsSoNoiVuCaoBang },
  { username: 'ctk.nominator', fullName: 'Hoàng Văn Minh', role: 'nominator', unitId: u.cdcsCucThongKeCaoBang },
  // Each route starts with the nominating CĐCS's own review (its council and chair forward it).
  { username: 'snv.chair', fullName: 'Lý Văn Thắng', role: 'chair', unitId: u.cdcsSoNoiVuCaoBang },
  { username: 'ctk.chair', fullName: 'Triệu Thị Yến', role: 'chair', unitId: u.cdcsCucThongKeCaoBang },
  { username: 'vccb.reviewer', fullName: 'Lục Thị Thu', role: 'reviewer', unitId: u.cdVienChucCaoBang },
  { username: 'vccb.chair', fullName: 'Bế Văn Hùng', role: 'chair', unitId: u.cdVienChucCaoBang },
  { username: 'cb.reviewer', fullName: 'Đàm Thị Lan', role: 'reviewer', unitId: u.ldldCaoBang },
  { username: 'cb.chair', fullName: 'Nông Văn Đức', role: 'chair', unitId: u.ldldCaoBang },
  { username: 'cb.admin', fullName: 'Hà Thị Mai', role: 'unit_admin', unitId: u.ldldCaoBang },
  // Hòa An after the 2025 reorganisation: CĐCS → Công đoàn xã Hòa An → LĐLĐ tỉnh Cao Bằng
  { username: 'hv.nominator', fullName: 'Lương Thị Mến', role: 'nominator', unitId: u.cdcsTieuHocHongViet },
  { username: 'hv.chair', fullName: 'Đinh Văn Khánh', role: 'chair', unitId: u.cdcsTieuHocHongViet },
  { username: 'xha.reviewer', fullName: 'Nông Văn Sơn', role: 'reviewer', unitId: u.cdXaHoaAn },
  { username: 'xha.chair', fullName: 'Ma Thị Hạnh', role: 'chair', unitId: u.cdXaHoaAn },
  // Hậu Giang until 30/06/2025: CĐCS TTYT Châu Thành A → LĐLĐ huyện Châu Thành A → LĐLĐ tỉnh Hậu Giang.
  // `npm start` records the 2025 reorganisation, which ends the roles at the dissolved federations
  // (the engine's specs keep them: they run on the tree before it).
  { username: 'ttyt.nominator', fullName: 'Trần Thị Ngọc Hân', role: 'nominator', unitId: u.cdcsTtytChauThanhA },
  { username: 'ttyt.chair', fullName: 'Phan Văn Lợi', role: 'chair', unitId: u.cdcsTtytChauThanhA },
  { username: 'cta.reviewer', fullName: 'Nguyễn Văn Tâm', role: 'reviewer', unitId: u.ldldChauThanhA },
  { username: 'cta.chair', fullName: 'Lê Thị Kim Loan', role: 'chair', unitId: u.ldldChauThanhA },
  { username: 'hg.reviewer', fullName: 'Võ Văn Phúc', role: 'reviewer', unitId: u.ldldHauGiang },
  { username: 'hg.chair', fullName: 'Huỳnh Thị Diễm', role: 'chair', unitId: u.ldldHauGiang },
  // Thành phố Cần Thơ from 01/07/2025 (Hậu Giang merged into it):
  // CĐCS TTYT Châu Thành A → Công đoàn xã Châu Thành A → LĐLĐ TP Cần Thơ
  { username: 'xcta.reviewer', fullName: 'Thạch Thị Sa Rây', role: 'reviewer', unitId: u.cdXaChauThanhA },
  { username: 'xcta.chair', fullName: 'Châu Văn Nhựt', role: 'chair', unitId: u.cdXaChauThanhA },
  { username: 'ct.reviewer', fullName: 'Lâm Thị Bích Trâm', role: 'reviewer', unitId: u.ldldCanTho },
  { username: 'ct.chair', fullName: 'Dương Văn Hậu', role: 'chair', unitId: u.ldldCanTho },
  // Hà Nội: CĐCS BVĐK Đan Phượng → LĐLĐ huyện Đan Phượng → LĐLĐ TP Hà Nội until 30/06/2025, then
  // → Công đoàn xã Đan Phượng → LĐLĐ TP Hà Nội
  { username: 'xdp.reviewer', fullName: 'Bạch Thị Thu Trang', role: 'reviewer', unitId: u.cdXaDanPhuong },
  { username: 'xdp.chair', fullName: 'Khuất Văn Tùng', role: 'chair', unitId: u.cdXaDanPhuong },
  { username: 'bvdp.nominator', fullName: 'Đỗ Thị Thanh Hà', role: 'nominator', unitId: u.cdcsBvdkDanPhuong },
  { username: 'bvdp.chair', fullName: 'Nguyễn Thị Thu Hằng', role: 'chair', unitId: u.cdcsBvdkDanPhuong },
  { username: 'bvdp.reviewer', fullName: 'Kiều Văn Toàn', role: 'reviewer', unitId: u.cdcsBvdkDanPhuong },
  { username: 'dp.reviewer', fullName: 'Phùng Thị Nga', role: 'reviewer', unitId: u.ldldDanPhuong },
  { username: 'dp.chair', fullName: 'Nguyễn Văn Quang', role: 'chair', unitId: u.ldldDanPhuong },
  { username: 'hn.reviewer', fullName: 'Trịnh Thị Hồng', role: 'reviewer', unitId: u.ldldHaNoi },
  { username: 'hn.chair', fullName: 'Nguyễn Đức Long', role: 'chair', unitId: u.ldldHaNoi },
  // Tổng LĐLĐ Việt Nam
  { username: 'tld.reviewer', fullName: 'Nguyễn Thị Hương', role: 'reviewer', unitId: u.tongLdld },
  { username: 'tld.chair', fullName: 'Trần Văn Thành', role: 'chair', unitId: u.tongLdld },
  { username: 'tld.auditor', fullName: 'Phạm Quốc Bảo', role: 'auditor', unitId: u.tongLdld },
  { username: 'sysadmin', fullName: 'Lê Minh Tuấn', role: 'system_admin', unitId: u.tongLdld },
];

/**
 * A demo user's own person key, as a member number would be: a nominee whose dossier
 * carries it is that user, who then cannot act on the nomination.
 */
export function demoPersonKey(username: string): string {
  return `CB-${username}`;
}

/** One line per demo login (username, role, unit name) for `npm start` and the README. */
export interface DemoLogin {
  username: string;
  password: string;
  fullName: string;
  role: UserRole;
  unitId: string;
}

/** The demo logins with their shared password. */
export function demoLogins(): DemoLogin[] {
  return demoUsers.map((d) => ({ ...d, password: DEMO_PASSWORD }));
}
