import { canonicalJson, checkLink, GENESIS_HASH, toJsonValue, type RecordedEvent } from '@vinhdanh/event-store';
import type { ExportedEvent, NominationExportPayload, SignedEnvelope } from './export-format';
import { NOMINATION_EXPORT_FORMAT, signedBytes } from './export-format';
import { foldRecorded } from './nomination-fold';
import { keyIdOf, SIGNATURE_ALGORITHM, verifySignature } from './signing';

/** One check of an offline verification and its outcome. */
export interface VerificationCheck {
  check: 'signature' | 'key' | 'format' | 'hash_chain' | 'fold';
  ok: boolean;
  detail: string;
}

/** The verdict on an export: ok only when every check passed. */
export interface ExportVerdict {
  ok: boolean;
  checks: VerificationCheck[];
}

const asRecorded = (e: ExportedEvent): RecordedEvent => ({ ...e, transactionId: '', globalPosition: '' });

/** Recomputes every event's hash from its canonical JSON and checks the links from genesis. */
export function checkExportedChain(events: readonly ExportedEvent[]): VerificationCheck {
  let prev = GENESIS_HASH;
  for (const [i, event] of events.entries()) {
    const broken = checkLink(asRecorded(event), prev, i + 1);
    if (broken) {
      return {
        check: 'hash_chain',
        ok: false,
        detail: `version ${broken.streamVersion} (${broken.eventId}): ${broken.problem} expected ${broken.expected}, found ${broken.stored}`,
      };
    }
    prev = event.hash;
  }
  return { check: 'hash_chain', ok: true, detail: `${events.length} events chain from genesis to ${prev}` };
}

/** Folds the events with the domain's `evolve` and compares with the state the export claims. */
export function checkExportedFold(events: readonly ExportedEvent[], claimed: unknown): VerificationCheck {
  try {
    const folded = foldRecorded(events.map(asRecorded));
    const same = canonicalJson(toJsonValue(folded.state)) === canonicalJson(toJsonValue(claimed));
    return same
      ? { check: 'fold', ok: true, detail: `state folds to ${folded.state.status} at version ${folded.version}` }
      : { check: 'fold', ok: false, detail: `events fold to ${folded.state.status}; the export's finalState differs` };
  } catch (err) {
    return { check: 'fold', ok: false, detail: `events do not fold: ${(err as Error).message}` };
  }
}

/** Checks a detached signature and, when given, that the key is the one the auditor trusts. */
export function checkSignature(
  bytes: Buffer,
  sig: { signature: string; publicKey: string; algorithm: string; keyId?: string },
  trustedPublicKeyPem?: string,
): VerificationCheck[] {
  const checks: VerificationCheck[] = [];
  const valid = sig.algorithm === SIGNATURE_ALGORITHM && verifySignature(sig.publicKey, bytes, sig.signature);
  checks.push({
    check: 'signature',
    ok: valid,
    detail: valid ? `Ed25519 signature valid (key ${sig.keyId ?? '?'})` : 'signature does not match the content',
  });
  if (trustedPublicKeyPem) {
    let same = false;
    try {
      same = keyIdOf(trustedPublicKeyPem) === keyIdOf(sig.publicKey);
    } catch {
      same = false;
    }
    checks.push({ check: 'key', ok: same, detail: same ? 'signed by the trusted key' : 'signed by a different key' });
  }
  return checks;
}

/** Verifies a JSON nomination export: signature, hash chain, fold, and the format's own claims. */
export function verifyNominationExport(
  envelope: SignedEnvelope<NominationExportPayload>,
  trustedPublicKeyPem?: string,
): ExportVerdict {
  const payload = envelope.payload;
  const checks = checkSignature(signedBytes(payload), envelope, trustedPublicKeyPem);
  const events = payload?.events ?? [];
  const last = events.at(-1);
  const formatOk =
    payload?.format === NOMINATION_EXPORT_FORMAT &&
    events.every((e) => e.streamId === payload.streamId) &&
    payload.head?.version === (last?.streamVersion ?? 0) &&
    payload.head?.hash === (last?.hash ?? GENESIS_HASH);
  checks.push({
    check: 'format',
    ok: formatOk,
    detail: formatOk ? 'head and stream match' : 'head or stream mismatch',
  });
  checks.push(checkExportedChain(events));
  checks.push(checkExportedFold(events, payload?.finalState));
  return { ok: checks.every((c) => c.ok), checks };
}
