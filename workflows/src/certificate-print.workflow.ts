import { proxyActivities } from '@temporalio/workflow';
import type { Activities } from '@vinhdanh/activities';
import type { CertificatePrintInput, CertificatePrintResult } from '@vinhdanh/contracts';

// Ordinary (not local) activities: a chunk renders many PDFs, longer than a workflow task should
// wait; each retry is safe (files unique per line, chunks recorded once).
const { certificatePrintPlan, printCertificateChunk } = proxyActivities<Activities>({
  startToCloseTimeout: '5 minutes',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '30 seconds' },
});

/**
 * Prints one certificate (PDF and DOCX) per line of a quyết định's annex, chunk by chunk. The
 * workflow's history remembers which chunks finished, so after a worker restart it continues with
 * the next chunk; a chunk cut off midway is re-run and its activity skips what is already stored.
 */
export async function certificatePrintWorkflow(input: CertificatePrintInput): Promise<CertificatePrintResult> {
  const plan = await certificatePrintPlan(input.decisionId);
  const chunks = Math.ceil(plan.certificates / input.chunkSize);
  for (let chunk = 0; chunk < chunks; chunk++) {
    if (plan.printedChunks.includes(chunk)) continue;
    await printCertificateChunk({ decisionId: input.decisionId, chunk, chunkSize: input.chunkSize });
  }
  return { decisionId: input.decisionId, certificates: plan.certificates, chunks };
}
