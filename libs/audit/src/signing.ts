import { createHash, createPrivateKey, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';

/** The only signature algorithm used for anchors and exports. */
export const SIGNATURE_ALGORITHM = 'Ed25519';

/** Thrown when a key is not an Ed25519 key in PEM. */
export class SigningKeyError extends Error {
  readonly code = 'AUDIT.SIGNING_KEY_INVALID';
  constructor(message: string) {
    super(message);
    this.name = 'SigningKeyError';
  }
}

/** Signs bytes with one Ed25519 private key; exposes the public half for verifiers. */
export interface AuditSigner {
  readonly algorithm: typeof SIGNATURE_ALGORITHM;
  /** SPKI PEM of the public key. */
  readonly publicKeyPem: string;
  /** First 16 hex chars of sha256(SPKI DER): a short name to publish and compare. */
  readonly keyId: string;
  /** Detached signature, base64. */
  sign(bytes: Buffer | string): string;
}

/** The key id of a public key: hex sha256 of its SPKI DER, first 16 characters. */
export function keyIdOf(publicKey: KeyObject | string): string {
  const key = typeof publicKey === 'string' ? createPublicKey(publicKey) : publicKey;
  return createHash('sha256')
    .update(key.export({ type: 'spki', format: 'der' }))
    .digest('hex')
    .slice(0, 16);
}

/** A signer over an Ed25519 private key in PKCS#8 PEM. */
export function createSigner(privateKeyPem: string): AuditSigner {
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey(privateKeyPem);
  } catch (err) {
    throw new SigningKeyError(`audit signing key is not a PEM private key: ${(err as Error).message}`);
  }
  if (privateKey.asymmetricKeyType !== 'ed25519') {
    throw new SigningKeyError(`audit signing key must be Ed25519, not ${privateKey.asymmetricKeyType ?? 'unknown'}`);
  }
  const publicKey = createPublicKey(privateKey);
  return {
    algorithm: SIGNATURE_ALGORITHM,
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    keyId: keyIdOf(publicKey),
    sign: (bytes) => sign(null, Buffer.from(bytes), privateKey).toString('base64'),
  };
}

/** True when `signatureB64` is a valid Ed25519 signature of `bytes` by `publicKeyPem`; false on any malformed input. */
export function verifySignature(publicKeyPem: string, bytes: Buffer | string, signatureB64: string): boolean {
  try {
    const key = createPublicKey(publicKeyPem);
    if (key.asymmetricKeyType !== 'ed25519') return false;
    return verify(null, Buffer.from(bytes), key, Buffer.from(signatureB64, 'base64'));
  } catch {
    return false;
  }
}
