import { ApplicationFailure } from '@temporalio/activity';
import type { CertificateChunkResult } from '@vinhdanh/contracts';
import { renderDocument } from '@vinhdanh/documents';
import type { ActivityDeps } from './activity-deps';
import { readAwardDecision, runAwardDecisionCommand, storeGeneratedDocument } from './award-decision-stream';
import { certificateData, certificateKindOf, generatedDocumentId } from './award-decision-documents';

export interface PrintChunkInput {
  decisionId: string;
  chunk: number;
  chunkSize: number;
}

/** The system itself prints: certificates are generated from the issued decision, nobody types them. */
const PRINTER = { userId: 'system', name: 'Hệ thống in giấy khen', unitId: 'system' };

/**
 * The certificate print run's activities. Each chunk renders its annex lines (PDF and DOCX),
 * stores each file once (unique per decision, kind, format and nomination) and records the chunk
 * with every checksum as one event; a chunk already recorded is skipped. So a worker killed
 * midway, and the retried activity, produce neither a duplicate nor a gap.
 */
export function createCertificatePrintActivities(deps: ActivityDeps) {
  return {
    async certificatePrintPlan(decisionId: string): Promise<{ certificates: number; printedChunks: number[] }> {
      const { state } = await readAwardDecision(deps.eventStore, decisionId);
      if (!state.issued) {
        throw ApplicationFailure.nonRetryable(
          `Quyết định ${decisionId} chưa được ban hành.`,
          'AWARD_DECISION.NOT_ISSUED',
        );
      }
      return { certificates: state.issued.annex.length, printedChunks: [...state.printedChunks] };
    },

    async printCertificateChunk(input: PrintChunkInput): Promise<CertificateChunkResult> {
      const { state } = await readAwardDecision(deps.eventStore, input.decisionId);
      const issued = state.issued;
      if (!issued) throw ApplicationFailure.nonRetryable('not issued', 'AWARD_DECISION.NOT_ISSUED');
      const from = input.chunk * input.chunkSize;
      const lines = issued.annex.slice(from, from + input.chunkSize);
      if (state.printedChunks.includes(input.chunk)) return { printed: 0, alreadyPrinted: lines.length };
      const createdAt = deps.clock.now().toISOString();
      const certificates = [];
      for (const [offset, line] of lines.entries()) {
        const index = from + offset;
        const kind = certificateKindOf(line.awardCode);
        const data = certificateData(issued, index);
        const stored: Record<'pdf' | 'docx', { documentId: string; sha256: string; size: number }> = {
          pdf: { documentId: '', sha256: '', size: 0 },
          docx: { documentId: '', sha256: '', size: 0 },
        };
        for (const format of ['pdf', 'docx'] as const) {
          const rendered = await renderDocument(kind, data, format, {
            documentDate: issued.date,
            title: data.awardeeName,
          });
          const id = generatedDocumentId(input.decisionId, kind, format, line.nominationId);
          const row = await storeGeneratedDocument(deps.db, {
            id,
            decisionId: input.decisionId,
            kind,
            format,
            nominationId: line.nominationId,
            fileName: `${data.title} ${data.registerNumber} ${line.nomineeName}.${format}`,
            sha256: rendered.sha256,
            size: rendered.size,
            content: rendered.bytes,
            createdAt,
          });
          stored[format] = { documentId: row.id, sha256: row.sha256, size: row.size };
        }
        certificates.push({ nominationId: line.nominationId, registerNumber: data.registerNumber, ...stored });
      }
      await runAwardDecisionCommand(deps.eventStore, {
        type: 'RecordCertificates',
        decisionId: input.decisionId,
        actor: PRINTER,
        now: createdAt,
        printed: { chunk: input.chunk, certificates },
      });
      return { printed: certificates.length, alreadyPrinted: 0 };
    },
  };
}

export type CertificatePrintActivities = ReturnType<typeof createCertificatePrintActivities>;
