import { randomUUID } from 'node:crypto';
import { decide, foldNomination, initialState, sampleSubmitNomination } from '@vinhdanh/domain';
import { computeEventHash, GENESIS_HASH, type JsonObject } from '@vinhdanh/event-store';
import {
  NOMINATION_EXPORT_FORMAT,
  eventsFromCsv,
  eventsToCsv,
  signEnvelope,
  type ExportedEvent,
  type NominationExportPayload,
} from './export-format';
import { checkExportedChain, checkSignature, verifyNominationExport } from './export-verify';
import { createSigner } from './signing';
import { generateSigningKeyPem } from './signing-key';

const id = randomUUID();
const streamId = `nomination-${id}`;

function exportedEvents(): ExportedEvent[] {
  const domain = decide(sampleSubmitNomination({ nominationId: id }), initialState());
  let prev = GENESIS_HASH;
  return domain.map((e, i) => {
    const content = {
      data: e.data as unknown as JsonObject,
      eventId: randomUUID(),
      metadata: { actor: e.metadata.actor.userId, domain: e.metadata } as unknown as JsonObject,
      occurredAt: new Date(e.metadata.now).toISOString(),
      schemaVersion: 1,
      streamId,
      streamVersion: i + 1,
      type: e.type,
    };
    const hash = computeEventHash(prev, content);
    const exported = { ...content, recordedAt: content.occurredAt, prevHash: prev, hash };
    prev = hash;
    return exported;
  });
}

describe('nomination export verification', () => {
  const signer = createSigner(generateSigningKeyPem());
  const events = exportedEvents();
  const envelope = signEnvelope<NominationExportPayload>(
    {
      format: NOMINATION_EXPORT_FORMAT,
      formatVersion: 1,
      nominationId: id,
      streamId,
      exportedAt: '2026-11-22T00:00:00.000Z',
      exportedBy: 'auditor',
      head: { version: 2, hash: events[1]!.hash },
      events,
      finalState: foldNomination(decide(sampleSubmitNomination({ nominationId: id }), initialState())),
    },
    signer,
  );

  it('accepts an intact export signed by the trusted key', () => {
    const verdict = verifyNominationExport(structuredClone(envelope), signer.publicKeyPem);
    expect(verdict.checks.filter((c) => !c.ok)).toEqual([]);
    expect(verdict.ok).toBe(true);
  });

  it('rejects a re-signed forgery by another key, and a claimed state the events do not fold to', () => {
    const forger = createSigner(generateSigningKeyPem());
    const forged = structuredClone(envelope);
    (forged.payload.finalState as { status: string }).status = 'GRANTED';
    const resigned = signEnvelope(forged.payload, forger);
    const verdict = verifyNominationExport(resigned, signer.publicKeyPem);
    expect(verdict.ok).toBe(false);
    expect(verdict.checks.filter((c) => !c.ok).map((c) => c.check)).toEqual(['key', 'fold']);
  });

  it('names the broken link when an event was edited', () => {
    const edited = structuredClone(envelope);
    (edited.payload.events[0]!.data as { campaignId: string }).campaignId = 'other';
    const verdict = verifyNominationExport(edited);
    expect(verdict.checks.filter((c) => !c.ok).map((c) => c.check)).toEqual(['signature', 'hash_chain', 'fold']);
  });

  it('round-trips events through CSV, quotes and Vietnamese included', () => {
    expect(eventsFromCsv(eventsToCsv(events))).toEqual(events);
  });

  it('writes the CSV with a UTF-8 byte-order mark, and the signature over its bytes still verifies', () => {
    const bytes = Buffer.from(eventsToCsv(events), 'utf8');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const sig = { signature: signer.sign(bytes), publicKey: signer.publicKeyPem, algorithm: signer.algorithm };
    expect(checkSignature(bytes, sig, signer.publicKeyPem).every((c) => c.ok)).toBe(true);
    expect(checkExportedChain(eventsFromCsv(bytes.toString('utf8'))).ok).toBe(true);
  });
});
