import { createHash, randomBytes } from 'node:crypto';

/** A random URL-safe token (256 bits) for cookies and links. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What is stored instead of a token: its SHA-256, hex. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
