import { demoUnitIds } from '../../org/demo-org-tree';
import type { RouteStep } from '../../route/route';
import type { Actor, SubmitNomination } from '../nomination.commands';
import type { Attachment, Dossier } from './nomination.dossier';

/** A well-formed attachment of a kind, for seeds and tests. */
export function sampleAttachment(kind: Attachment['kind'], name = `${kind.toLowerCase()}.pdf`): Attachment {
  const hex = [...kind].map((c) => c.charCodeAt(0).toString(16)).join('');
  return { kind, name, sizeBytes: 48_213, sha256: hex.padEnd(64, '0').slice(0, 64) };
}

/** A complete person dossier (a teacher in Đan Phượng), for seeds and tests. */
export function sampleDossier(): Dossier {
  return {
    nominee: {
      kind: 'person',
      fullName: 'Nguyễn Thị Hồng Nhung',
      gender: 'female',
      birthYear: 1986,
      position: 'Giáo viên, Tổ trưởng chuyên môn Toán',
      isLeader: false,
      isDirectWorker: true,
    },
    achievements: 'Hai năm liền hoàn thành xuất sắc nhiệm vụ; có 2 sáng kiến được áp dụng trong toàn huyện.',
    initiatives: [
      { title: 'Phần mềm chấm bài trắc nghiệm bằng điện thoại', valueVnd: 85_000_000, appliedYear: 2025 },
      { title: 'Ngân hàng đề ôn tập dùng chung cho các trường THCS', valueVnd: 40_000_000, appliedYear: 2026 },
    ],
    attachments: [sampleAttachment('TO_TRINH'), sampleAttachment('BAO_CAO_THANH_TICH'), sampleAttachment('BIEN_BAN')],
  };
}

/** The four-level demo route CĐCS THCS Tân Hội → LĐLĐ huyện Đan Phượng → LĐLĐ TP Hà Nội → Tổng LĐLĐ. */
export const sampleRoute: readonly RouteStep[] = [
  { level: 1, unitId: demoUnitIds.cdcsThcsTanHoi },
  { level: 2, unitId: demoUnitIds.ldldDanPhuong },
  { level: 3, unitId: demoUnitIds.ldldHaNoi },
  { level: 4, unitId: demoUnitIds.tongLdld },
];

/** A SubmitNomination of `sampleDossier` for BK_TLD along `sampleRoute`; override any field. */
export function sampleSubmitNomination(overrides: Partial<SubmitNomination> = {}): SubmitNomination {
  const actor: Actor = { userId: 'u-nominator', name: 'Lê Văn Bình', unitId: demoUnitIds.cdcsThcsTanHoi };
  return {
    type: 'SubmitNomination',
    nominationId: 'nom-0001',
    actor,
    now: '2026-03-02T08:00:00Z',
    nominatingUnitId: demoUnitIds.cdcsThcsTanHoi,
    awardCode: 'BK_TLD',
    campaignId: 'campaign-2026-annual',
    ruleSetVersion: '2024.1',
    dossier: sampleDossier(),
    route: [...sampleRoute],
    ...overrides,
  };
}
