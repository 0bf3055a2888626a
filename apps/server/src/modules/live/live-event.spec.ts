import { parseAccessChange, parseLiveEvent } from './live-event.js';

describe('live notices', () => {
  it('reads an event notice and refuses payloads that are not one', () => {
    const notice = {
      id: 'e',
      type: 'post.moved',
      workspaceId: 'w',
      brandId: 'b',
      documentId: 'd',
      subjectType: 'post',
      subjectId: 'd',
      actorId: null,
      occurredAt: '2026-12-06T03:00:00+00:00',
    };
    expect(parseLiveEvent(JSON.stringify(notice))).toEqual(notice);
    expect(parseLiveEvent('not json')).toBeNull();
    expect(parseLiveEvent('null')).toBeNull();
    expect(parseLiveEvent(JSON.stringify({ id: 'e', type: 'post.moved' }))).toBeNull();
  });

  it('reads each kind of access change and nothing else', () => {
    const changes = [
      { kind: 'workspace', workspaceId: 'w' },
      { kind: 'user', userId: 'u' },
      { kind: 'user', userId: 'u', exceptSessionId: 's' },
      { kind: 'session', sessionId: 's' },
      { kind: 'document', documentId: 'd' },
    ];
    for (const change of changes) {
      expect(parseAccessChange(JSON.stringify(change))).toEqual(change);
    }
    expect(parseAccessChange(JSON.stringify({ kind: 'session' }))).toBeNull();
    expect(parseAccessChange(JSON.stringify({ kind: 'everyone' }))).toBeNull();
    expect(parseAccessChange('{')).toBeNull();
  });
});
