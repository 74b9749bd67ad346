import { createHash, type Hash } from 'node:crypto';
import { canonicalJson, toJsonValue } from '@vinhdanh/event-store';
import type { NominationExportPayload } from './export-format';
import {
  checkExportedChain,
  checkExportedFold,
  checkSignature,
  type ExportVerdict,
  type VerificationCheck,
} from './export-verify';
import type { AuditSigner } from './signing';

/** Format name of a campaign export (JSON Lines). */
export const CAMPAIGN_EXPORT_FORMAT = 'vinhdanh.campaign-export';

/** First line of a campaign export. */
export interface CampaignExportHeader {
  kind: 'header';
  format: typeof CAMPAIGN_EXPORT_FORMAT;
  formatVersion: 1;
  campaignId: string;
  exportedAt: string;
  exportedBy: string;
}

/** What the last line signs: the digest of every byte before it and how many nominations it holds. */
export interface CampaignExportManifest {
  kind: 'manifest';
  campaignId: string;
  nominations: number;
  /** Hex SHA-256 of all bytes before the last line (header and nomination lines with their `\n`). */
  sha256: string;
}

/** Last line: the manifest and its Ed25519 signature over `canonicalJson(manifest)`. */
export interface CampaignExportTrailer {
  kind: 'signature';
  manifest: CampaignExportManifest;
  signature: string;
  publicKey: string;
  keyId: string;
  algorithm: string;
}

/**
 * Writes a campaign export as JSON Lines with bounded memory: a header, one canonical-JSON line
 * per nomination (`{ kind: 'nomination', ...NominationExportPayload }`), and a signed trailer over
 * the SHA-256 of everything before it, so the file can be streamed and still signed once.
 */
export class CampaignExportWriter {
  private readonly hash: Hash = createHash('sha256');
  private count = 0;

  constructor(
    private readonly header: CampaignExportHeader,
    private readonly signer: AuditSigner,
  ) {}

  /** The header line. */
  start(): string {
    return this.line(this.header);
  }

  /** The line of one nomination. */
  nomination(payload: NominationExportPayload): string {
    this.count += 1;
    return this.line({ kind: 'nomination', ...payload });
  }

  /** The signed trailer line; call once, last. */
  finish(): string {
    const manifest: CampaignExportManifest = {
      kind: 'manifest',
      campaignId: this.header.campaignId,
      nominations: this.count,
      sha256: this.hash.digest('hex'),
    };
    const trailer: CampaignExportTrailer = {
      kind: 'signature',
      manifest,
      signature: this.signer.sign(canonicalJson(toJsonValue(manifest))),
      publicKey: this.signer.publicKeyPem,
      keyId: this.signer.keyId,
      algorithm: this.signer.algorithm,
    };
    return `${canonicalJson(toJsonValue(trailer))}\n`;
  }

  private line(value: unknown): string {
    const text = `${canonicalJson(toJsonValue(value))}\n`;
    this.hash.update(text, 'utf8');
    return text;
  }
}

/** Verifies a campaign export offline: trailer signature, byte digest, count, and every nomination's chain and fold. */
export function verifyCampaignExport(bytes: Buffer, trustedPublicKeyPem?: string): ExportVerdict {
  const text = bytes.toString('utf8');
  const body = text.slice(0, text.lastIndexOf('\n', text.length - 2) + 1);
  const trailer = JSON.parse(text.slice(body.length)) as CampaignExportTrailer;
  const checks: VerificationCheck[] = checkSignature(
    Buffer.from(canonicalJson(toJsonValue(trailer.manifest)), 'utf8'),
    trailer,
    trustedPublicKeyPem,
  );
  const digest = createHash('sha256').update(body, 'utf8').digest('hex');
  const lines = body.split('\n').filter((l) => l !== '');
  const nominations = lines.slice(1).map((l) => JSON.parse(l) as NominationExportPayload & { kind: string });
  const header = JSON.parse(lines[0] ?? '{}') as Partial<CampaignExportHeader>;
  const formatOk =
    trailer.kind === 'signature' &&
    header.format === CAMPAIGN_EXPORT_FORMAT &&
    header.campaignId === trailer.manifest.campaignId &&
    digest === trailer.manifest.sha256 &&
    nominations.length === trailer.manifest.nominations &&
    nominations.every((n) => n.kind === 'nomination');
  checks.push({
    check: 'format',
    ok: formatOk,
    detail: formatOk ? `${nominations.length} nominations, digest matches` : 'digest, count or header mismatch',
  });
  const problems = nominations.flatMap((n) =>
    [checkExportedChain(n.events ?? []), checkExportedFold(n.events ?? [], n.finalState)]
      .filter((c) => !c.ok)
      .map((c) => ({ ...c, detail: `${n.nominationId}: ${c.detail}` })),
  );
  checks.push(
    ...(problems.length
      ? problems
      : [
          { check: 'hash_chain' as const, ok: true, detail: 'every nomination chains from genesis' },
          { check: 'fold' as const, ok: true, detail: 'every nomination folds to its finalState' },
        ]),
  );
  return { ok: checks.every((c) => c.ok), checks };
}
