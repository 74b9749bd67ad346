import { ApiError } from '../errors/api-error';
import { ALLOWED_TYPES, MAX_ATTACHMENT_BYTES } from './attachment-types';

const MIB = 1024 * 1024;

/** The body is larger than the attachment limit (413). */
export class AttachmentTooLargeError extends ApiError {
  constructor(received: number) {
    super(
      'ATTACHMENT.TOO_LARGE',
      `Tệp quá lớn: tối đa ${MAX_ATTACHMENT_BYTES / MIB} MB, tệp gửi lên từ ${(received / MIB).toFixed(1)} MB trở lên.`,
      `The file is too large: at most ${MAX_ATTACHMENT_BYTES / MIB} MB, received at least ${(received / MIB).toFixed(1)} MB.`,
      { field: 'body', limitBytes: MAX_ATTACHMENT_BYTES },
      [
        {
          field: 'body',
          in: 'body',
          rule: 'max_size',
          message: `Tệp phải nhỏ hơn ${MAX_ATTACHMENT_BYTES / MIB} MB.`,
          message_en: `The file must be at most ${MAX_ATTACHMENT_BYTES / MIB} MB.`,
        },
      ],
    );
    this.name = 'AttachmentTooLargeError';
  }
}

/** The Content-Type is not one of the document types a dossier takes (415). */
export class AttachmentTypeError extends ApiError {
  constructor(contentType: string) {
    const kinds = 'PDF, JPG, PNG, DOCX, XLSX';
    super(
      'ATTACHMENT.UNSUPPORTED_TYPE',
      `Loại tệp "${contentType || '(không có)'}" không được nhận; chỉ nhận ${kinds}.`,
      `Content type "${contentType || '(none)'}" is not accepted; only ${kinds}.`,
      { field: 'Content-Type', allowed: Object.keys(ALLOWED_TYPES) },
      [
        {
          field: 'Content-Type',
          in: 'header',
          rule: 'allowed_types',
          message: `Chỉ nhận tệp ${kinds}.`,
          message_en: `Only ${kinds} files are accepted.`,
        },
      ],
    );
    this.name = 'AttachmentTypeError';
  }
}

/** A header or the body of an upload is unusable (400, naming it; the detail says why, not only "invalid"). */
export class AttachmentRequestError extends ApiError {
  constructor(field: string, location: 'header' | 'body', rule: string, vi: string, en: string) {
    super('REQUEST.VALIDATION_FAILED', vi, en, {}, [{ field, in: location, rule, message: vi, message_en: en }]);
    this.name = 'AttachmentRequestError';
  }
}

/** The same Idempotency-Key was used for different bytes (409). */
export class AttachmentKeyReusedError extends ApiError {
  constructor(attachmentId: string) {
    super(
      'IDEMPOTENCY.KEY_REUSED',
      'Idempotency-Key này đã dùng cho một tệp khác; hãy dùng mã mới cho mỗi tệp.',
      'This Idempotency-Key was used for a different file; use a new key per file.',
      { attachmentId },
    );
    this.name = 'AttachmentKeyReusedError';
  }
}
