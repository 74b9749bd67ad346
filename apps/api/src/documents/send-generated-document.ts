import type { HttpResponse } from '../core/http.types';

/** A generated PDF or DOCX as stored, with the checksum its event recorded. */
export interface GeneratedDocumentFile {
  /** `pdf`; anything else is the DOCX. */
  format: string;
  fileName: string;
  sha256: string;
  content: Buffer;
}

/** Sends a generated document as a download; `X-Checksum-SHA256` lets anyone check it against the event. */
export function sendGeneratedDocument(res: HttpResponse, doc: GeneratedDocumentFile): void {
  res.setHeader(
    'Content-Type',
    doc.format === 'pdf'
      ? 'application/pdf'
      : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  );
  res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(doc.fileName)}`);
  res.setHeader('X-Checksum-SHA256', doc.sha256);
  res.end(doc.content);
}
