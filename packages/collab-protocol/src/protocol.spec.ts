import { CLOSE_REASONS, CloseCode, isFinalCloseCode } from './close-codes.js';
import { collabPath, CONTENT_SCHEMA_VERSION, documentIdFromPath, schemaAccepted } from './paths.js';

describe('the collaboration protocol contract', () => {
  it('uses final codes (4400-4499) for every refusal, so the stock client stops retrying', () => {
    const reconnects = ['SERVICE_RESTART', 'CAPABILITY_CHANGED'];
    const refusals = Object.entries(CloseCode).filter(([name]) => !reconnects.includes(name));
    for (const [, code] of refusals) expect(isFinalCloseCode(code)).toBe(true);
    expect(isFinalCloseCode(CloseCode.SERVICE_RESTART)).toBe(false);
    expect(isFinalCloseCode(CloseCode.CAPABILITY_CHANGED)).toBe(false);
  });

  it('has a reason for every code, short enough for a close frame (123 bytes)', () => {
    for (const code of Object.values(CloseCode)) {
      expect(Buffer.byteLength(CLOSE_REASONS[code])).toBeLessThanOrEqual(123);
    }
    expect(new Set(Object.values(CloseCode)).size).toBe(Object.values(CloseCode).length);
  });

  it('maps a document id to its path and back', () => {
    const id = '3f2a6b1c-0d4e-4f5a-8b9c-0123456789ab';
    expect(documentIdFromPath(collabPath(id))).toBe(id);
    expect(documentIdFromPath('/collab/not-a-uuid')).toBeNull();
    expect(documentIdFromPath(`/collab/${id}/extra`)).toBeNull();
    expect(documentIdFromPath('/graphql')).toBeNull();
  });

  it('lets in editors of the current or a newer content schema and clients that state none', () => {
    expect(schemaAccepted(null)).toBe(true);
    expect(schemaAccepted(String(CONTENT_SCHEMA_VERSION))).toBe(true);
    expect(schemaAccepted('3', 2)).toBe(true);
    expect(schemaAccepted('1', 2)).toBe(false);
    for (const bad of ['', 'abc', '-1', '1.5', '9999999'])
      expect(schemaAccepted(bad, 2)).toBe(false);
  });
});
