/**
 * Sealing with AES-256-GCM (node:crypto, decision 018): a fresh 96-bit nonce per
 * capsule, the capsule's id and opening day bound in as additional data, so a
 * row whose opening day was moved in the database no longer opens at all. The
 * key is 32 bytes kept in a file outside the database (CAPSULE_KEY_FILE).
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

export type CapsuleKey = Readonly<{ bytes: Buffer; path: string }>;
export type Sealed = Readonly<{ nonce: string; tag: string; ciphertext: string }>;

export const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

const aad = (capsuleId: string, opensOn: string) => Buffer.from(`capsule:${capsuleId}:${opensOn}`, 'utf8');

export function seal(key: CapsuleKey, capsuleId: string, opensOn: string, plaintext: string): Sealed {
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key.bytes, nonce);
  cipher.setAAD(aad(capsuleId, opensOn));
  const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return {
    nonce: nonce.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    ciphertext: ciphertext.toString('base64'),
  };
}

/** The plaintext, or null when the key, the capsule or its opening day is not the one it was sealed with. */
export function unseal(key: CapsuleKey, capsuleId: string, opensOn: string, sealed: Sealed): string | null {
  try {
    const decipher = createDecipheriv('aes-256-gcm', key.bytes, Buffer.from(sealed.nonce, 'base64'));
    decipher.setAAD(aad(capsuleId, opensOn));
    decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(sealed.ciphertext, 'base64')), decipher.final()]).toString(
      'utf8',
    );
  } catch {
    return null;
  }
}
