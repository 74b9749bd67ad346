import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type DocumentData, type DocumentKind, type DocumentView, documentView } from './document-kinds';
import { renderDocx } from './docx';
import { renderPdf } from './pdf';

export type DocumentFormat = 'docx' | 'pdf';

export const MEDIA_TYPES: Record<DocumentFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

export interface RenderedDocument {
  kind: DocumentKind;
  format: DocumentFormat;
  mediaType: string;
  bytes: Buffer;
  sha256: string;
  size: number;
}

const defaults = new Map<DocumentKind, Buffer>();

/** The template shipped with the code (libs/documents/src/templates/<kind>.docx). */
export function defaultDocxTemplate(kind: DocumentKind): Buffer {
  let template = defaults.get(kind);
  if (!template) {
    template = readFileSync(join(__dirname, 'templates', `${kind}.docx`));
    defaults.set(kind, template);
  }
  return template;
}

export function sha256Hex(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export interface RenderOptions {
  /** An office's replacement DOCX template (already validated at upload); else the default. */
  template?: Buffer;
  /** Used as the PDF's creation date, so the same data renders the same bytes. */
  documentDate: string;
  title?: string;
}

export async function renderView(
  kind: DocumentKind,
  view: DocumentView,
  format: DocumentFormat,
  options: RenderOptions,
): Promise<RenderedDocument> {
  const bytes =
    format === 'docx'
      ? renderDocx(options.template ?? defaultDocxTemplate(kind), view)
      : await renderPdf(kind, view, {
          creationDate: new Date(`${options.documentDate}T00:00:00+07:00`),
          title: options.title,
        });
  return { kind, format, mediaType: MEDIA_TYPES[format], bytes, sha256: sha256Hex(bytes), size: bytes.length };
}

/** Validates the data, builds the view and renders one format. */
export async function renderDocument<K extends DocumentKind>(
  kind: K,
  data: DocumentData<K>,
  format: DocumentFormat,
  options: RenderOptions,
): Promise<RenderedDocument> {
  return renderView(kind, documentView(kind, data), format, options);
}
