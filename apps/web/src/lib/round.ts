/**
 * What the round's screens (đề nghị, phiên họp Hội đồng, quyết định) share: downloading a generated
 * document with the bearer token, uploading a file, and the words for counts and outcomes.
 */
import { ApiError, token, type Problem } from '../api/client';
import { downloadName } from './reports';
import { uploadAttachment } from './upload';

/** A file stored by `POST /api/attachments`, as a dossier lists it. */
export interface StoredFile {
  kind: string;
  attachmentId: string;
  name: string;
  sizeBytes: number;
  sha256: string;
}

/** Uploads one file (`POST /api/attachments`) and describes it as a dossier lists it. */
export async function uploadFile(file: File, kind: string): Promise<StoredFile> {
  const stored = await uploadAttachment(file);
  return { kind, attachmentId: stored.id, name: stored.fileName, sizeBytes: stored.sizeBytes, sha256: stored.sha256 };
}

/**
 * Fetches a generated document (it needs the bearer token, so a plain link cannot) and hands it to
 * the browser as a download under the server's file name. Returns that name.
 */
export async function downloadDocument(path: string, fallbackName: string): Promise<string> {
  const res = await fetch(`${location.origin}${path}`, { headers: { Authorization: `Bearer ${token() ?? ''}` } });
  if (!res.ok) {
    const problem = (await res.json().catch(() => ({}))) as Problem;
    throw new ApiError(res.status, { detail: problem.detail ?? 'Không tải được tài liệu.', ...problem });
  }
  const name = downloadName(res.headers.get('Content-Disposition'), fallbackName);
  const blob = await res.blob();
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return name;
}

/** "PDF" / "Word (DOCX)": how people name the two formats. */
export const formatName = (format: string): string => (format === 'pdf' ? 'PDF' : 'Word (DOCX)');

/** Names of the generated document kinds. */
export const DOCUMENT_KIND_NAMES: Record<string, string> = {
  'to-trinh': 'Tờ trình',
  'bien-ban-hoi-dong': 'Biên bản họp Hội đồng',
  'quyet-dinh': 'Quyết định',
  'bang-khen': 'Bằng khen',
  'giay-khen': 'Giấy khen',
};

/** Percent (0–100, whole) of `done` out of `total`; 0 for an empty total. */
export function percent(done: number, total: number): number {
  return total > 0 ? Math.floor((done / total) * 100) : 0;
}

/** Money in đồng with Vietnamese grouping: 1.490.000 đ. */
export function formatMoney(amount: number): string {
  return `${new Intl.NumberFormat('vi-VN').format(amount)} đ`;
}

/** The council session's status as the secretary says it. */
export const SESSION_STATUS_NAMES: Record<string, string> = {
  convened: 'Đã triệu tập',
  open: 'Đang họp',
  adjourned: 'Tạm dừng',
  concluded: 'Đã kết thúc',
};

/** A council result in words. */
export const OUTCOME_NAMES: Record<string, string> = {
  selected: 'Được đề nghị khen thưởng',
  'over-quota': 'Đạt nhưng ngoài số suất',
  failed: 'Không đạt',
};

/** Council member roles. */
export const MEMBER_ROLE_NAMES: Record<string, string> = {
  chair: 'Chủ tịch Hội đồng',
  secretary: 'Thư ký',
  member: 'Ủy viên',
};

/** Share of votes as a percentage with one decimal, Vietnamese comma: 85,7 %. */
export function formatShare(share: number): string {
  return `${new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }).format(share * 100)} %`;
}
