/** Largest file a dossier takes (10 MiB): scans of signed letters fit, videos do not. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

/** Past this much the upload is cut off instead of drained (the 413 may then not reach the client). */
export const DRAIN_LIMIT = 4 * MAX_ATTACHMENT_BYTES;

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** Accepted media types with the leading bytes every such file starts with (DOCX/XLSX are ZIP packages). */
export const ALLOWED_TYPES: Readonly<Record<string, { ext: string[]; magic: number[] }>> = {
  'application/pdf': { ext: ['pdf'], magic: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  'image/jpeg': { ext: ['jpg', 'jpeg'], magic: [0xff, 0xd8, 0xff] },
  'image/png': { ext: ['png'], magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { ext: ['docx'], magic: ZIP },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { ext: ['xlsx'], magic: ZIP },
};
