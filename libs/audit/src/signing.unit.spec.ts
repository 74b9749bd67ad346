import { generateKeyPairSync } from 'node:crypto';
import { createSigner, keyIdOf, SigningKeyError, verifySignature } from './signing';
import { generateSigningKeyPem } from './signing-key';

describe('Ed25519 signing', () => {
  const signer = createSigner(generateSigningKeyPem());

  it('signs bytes that verify with the public key, and nothing else', () => {
    const signature = signer.sign('vinhdanh');
    expect(verifySignature(signer.publicKeyPem, 'vinhdanh', signature)).toBe(true);
    expect(verifySignature(signer.publicKeyPem, 'vinhdanH', signature)).toBe(false);
    const other = createSigner(generateSigningKeyPem());
    expect(verifySignature(other.publicKeyPem, 'vinhdanh', signature)).toBe(false);
    expect(verifySignature('not a key', 'vinhdanh', signature)).toBe(false);
    expect(signer.keyId).toBe(keyIdOf(signer.publicKeyPem));
    expect(signer.keyId).not.toBe(other.keyId);
  });

  it('refuses a key that is not Ed25519', () => {
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    expect(() => createSigner(pem)).toThrow(SigningKeyError);
    expect(() => createSigner('garbage')).toThrow(SigningKeyError);
  });
});
