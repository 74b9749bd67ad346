import { generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { createSigner, type AuditSigner } from './signing';

/** Where the audit signing key comes from: a PEM (production, from the environment) or a dev key file. */
export interface SigningKeySource {
  /** PKCS#8 PEM of an Ed25519 private key; wins over `file`. */
  pem?: string;
  /** A PEM file, generated (mode 0600) when missing; for development only. */
  file?: string;
}

/** A new Ed25519 private key as PKCS#8 PEM. */
export function generateSigningKeyPem(): string {
  const { privateKey } = generateKeyPairSync('ed25519');
  return privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
}

/** Loads the signer from `pem`, else from `file` (creating it the first time). */
export function loadOrCreateSigner(source: SigningKeySource): AuditSigner {
  if (source.pem) return createSigner(source.pem.replace(/\\n/g, '\n'));
  if (!source.file) throw new Error('no audit signing key: set AUDIT_SIGNING_KEY or a key file');
  if (!existsSync(source.file)) {
    mkdirSync(dirname(source.file), { recursive: true });
    // 'wx' so two processes starting together cannot overwrite each other's key.
    try {
      writeFileSync(source.file, generateSigningKeyPem(), { mode: 0o600, flag: 'wx' });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
  }
  return createSigner(readFileSync(source.file, 'utf8'));
}
