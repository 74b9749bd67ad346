import Docxtemplater from 'docxtemplater';
import InspectModule from 'docxtemplater/js/inspect-module';
import PizZip from 'pizzip';
import { type DocumentKind, type DocumentView, PLACEHOLDERS } from './document-kinds';

/** A placeholder problem found in a template an office uploads, named for the person who made it. */
export interface TemplateProblem {
  placeholder: string;
  rule: 'missing' | 'unknown' | 'unreadable';
  message: string;
  message_en: string;
}

function open(template: Buffer, modules: InspectModule[] = []): Docxtemplater {
  return new Docxtemplater(new PizZip(template), {
    paragraphLoop: true,
    linebreaks: true,
    modules,
    // A value the view lacks prints empty rather than the word "undefined".
    nullGetter: () => '',
  });
}

/**
 * Checks a replacement template before it is stored: every placeholder of the kind (and every
 * row field of its loops) must be there, and nothing the system does not fill. Problems are
 * returned, not thrown, so an upload can name all of them at once.
 */
export function validateDocxTemplate(kind: DocumentKind, template: Buffer): TemplateProblem[] {
  const inspect = new InspectModule();
  try {
    open(template, [inspect]);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return [
      {
        placeholder: '',
        rule: 'unreadable',
        message: `Không đọc được mẫu DOCX (${detail}).`,
        message_en: `The DOCX template cannot be read (${detail}).`,
      },
    ];
  }
  const tags = inspect.getAllTags() as Record<string, Record<string, unknown>>;
  const spec = PLACEHOLDERS[kind];
  const problems: TemplateProblem[] = [];
  const missing = (placeholder: string): TemplateProblem => ({
    placeholder,
    rule: 'missing',
    message: `Mẫu thiếu trường {${placeholder}}.`,
    message_en: `The template lacks the placeholder {${placeholder}}.`,
  });
  for (const field of spec.fields) if (!(field in tags)) problems.push(missing(field));
  for (const [loop, fields] of Object.entries(spec.loops)) {
    const inner = tags[loop];
    if (!inner) {
      problems.push(missing(`#${loop}`));
      continue;
    }
    for (const field of fields) if (!(field in inner)) problems.push(missing(`${loop}.${field}`));
  }
  const known = new Set([...spec.fields, ...Object.keys(spec.loops)]);
  for (const tag of Object.keys(tags)) {
    if (!known.has(tag)) {
      problems.push({
        placeholder: tag,
        rule: 'unknown',
        message: `Mẫu có trường {${tag}} mà hệ thống không điền.`,
        message_en: `The template has a placeholder {${tag}} the system does not fill.`,
      });
    }
  }
  return problems;
}

/** Fills a DOCX template with a document's view. */
export function renderDocx(template: Buffer, view: DocumentView): Buffer {
  const doc = open(template);
  doc.render(view);
  return doc.getZip().generate({ type: 'nodebuffer', compression: 'DEFLATE' });
}
