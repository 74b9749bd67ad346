export {
  DocumentKind,
  DOCUMENT_KIND_LABELS,
  DOCUMENT_DATA,
  DocumentHeader,
  DocumentSigner,
  ToTrinhData,
  BaoCaoCaNhanData,
  BaoCaoTapTheData,
  BienBanData,
  QuyetDinhData,
  CertificateData,
  PLACEHOLDERS,
  documentView,
} from './document-kinds';
export type { DocumentData, DocumentView, PlaceholderSpec } from './document-kinds';
export { validateDocxTemplate, renderDocx } from './docx';
export type { TemplateProblem } from './docx';
export { renderPdf } from './pdf';
export { renderDocument, renderView, defaultDocxTemplate, sha256Hex, MEDIA_TYPES } from './render';
export type { DocumentFormat, RenderedDocument, RenderOptions } from './render';
export { ddmmyyyy, placeAndDate, amount, nomineeCount } from './vietnamese-format';
export { sampleDocumentData, annexRows } from './sample-documents';
