import { CloseCode } from '@chorus/collab-protocol';
import {
  collabReducer,
  displayStatus,
  initialCollabState,
  refusalFromCloseCode,
  refusalFromTicketProblem,
  wantsProbe,
  type CollabEvent,
  type CollabState,
} from './collab-state';

function run(events: CollabEvent[], state: CollabState = initialCollabState()): CollabState {
  return events.reduce(collabReducer, state);
}

/** An editor whose socket is open and in step with the server. */
const connectedEditor: CollabEvent[] = [
  { type: 'attempt' },
  { type: 'ticket', capability: 'EDIT' },
  { type: 'socket-open' },
  { type: 'state-sent' },
  { type: 'sync-answer' },
];

describe('the connection state shown for a shared document', () => {
  it('says "connecting" before anything failed, and "offline" once an attempt failed', () => {
    expect(displayStatus(initialCollabState())).toBe('connecting');
    expect(displayStatus(run([{ type: 'attempt' }]))).toBe('connecting');
    expect(displayStatus(run([{ type: 'attempt' }, { type: 'attempt-failed' }]))).toBe('offline');
  });

  it('is not "saved" until the server answered the first sync on the open socket', () => {
    const open = run(connectedEditor.slice(0, 4));
    expect(displayStatus(open)).toBe('connecting');
    expect(displayStatus(run(connectedEditor))).toBe('saved');
  });

  it('says "saving" after a local change and "saved" only once a probe sent after it is answered', () => {
    let state = run([...connectedEditor, { type: 'local-change' }]);
    expect(displayStatus(state)).toBe('saving');
    expect(wantsProbe(state)).toBe(true);

    state = run([{ type: 'probe-sent' }], state);
    expect(wantsProbe(state)).toBe(false);
    expect(displayStatus(state)).toBe('saving');

    state = run([{ type: 'sync-answer' }], state);
    expect(displayStatus(state)).toBe('saved');
  });

  it('keeps changes made after a probe went out unsaved when that probe is answered', () => {
    const state = run([
      ...connectedEditor,
      { type: 'local-change' },
      { type: 'probe-sent' },
      { type: 'local-change' },
      { type: 'sync-answer' },
    ]);
    expect(displayStatus(state)).toBe('saving');
    expect(state.ackedVersion).toBe(1);
    expect(state.localVersion).toBe(2);
    expect(wantsProbe(state)).toBe(true);
  });

  it('does not count the answer to the provider’s own first sync as saving offline changes', () => {
    // Two changes made offline (or loaded from this device), then the socket opens.
    const state = run([
      { type: 'local-change' },
      { type: 'local-change' },
      { type: 'attempt' },
      { type: 'ticket', capability: 'EDIT' },
      { type: 'socket-open' },
      { type: 'sync-answer' },
    ]);
    expect(state.ackedVersion).toBe(0);
    expect(displayStatus(state)).toBe('saving');
    // No probe until our state went out in reply to the server's sync step 1.
    expect(wantsProbe(state)).toBe(false);
    expect(wantsProbe(run([{ type: 'state-sent' }], state))).toBe(true);
  });

  it('forgets unanswered probes when the socket closes, and says "offline"', () => {
    const state = run([
      ...connectedEditor,
      { type: 'local-change' },
      { type: 'probe-sent' },
      { type: 'socket-closed' },
      // A stray answer after the close confirms nothing.
      { type: 'sync-answer' },
    ]);
    expect(state.probes).toEqual([]);
    expect(state.ackedVersion).toBe(0);
    expect(displayStatus(state)).toBe('offline');
  });

  it('says "offline" while the browser is offline, and connecting again once it is back', () => {
    const offline = run([...connectedEditor, { type: 'browser-offline' }]);
    expect(displayStatus(offline)).toBe('offline');
    const back = run([{ type: 'browser-online' }, { type: 'attempt' }], offline);
    expect(displayStatus(back)).toBe('connecting');
  });

  it.each([
    ['COMMENT', 'readOnly'],
    ['VIEW', 'readOnly'],
  ] as const)('says what a %s connection may do instead of saved/saving', (capability, status) => {
    const state = run([
      { type: 'attempt' },
      { type: 'ticket', capability },
      { type: 'socket-open' },
      { type: 'state-sent' },
      { type: 'sync-answer' },
      { type: 'local-change' },
    ]);
    expect(displayStatus(state)).toBe(status);
    // Their updates are dropped by the server: asking it to confirm them is pointless.
    expect(wantsProbe(state)).toBe(false);
  });

  it('stays refused whatever the socket or the network does afterwards', () => {
    const refused = run([
      ...connectedEditor,
      { type: 'refused', error: { refusal: 'archived', closeCode: CloseCode.DOCUMENT_ARCHIVED } },
    ]);
    const later = run(
      [{ type: 'browser-online' }, { type: 'socket-open' }, { type: 'sync-answer' }],
      refused,
    );
    expect(displayStatus(later)).toBe('refused');
    expect(later.error).toEqual({ refusal: 'archived', closeCode: 4410 });
    expect(later.socket).toBe('idle');
  });
});

describe('refusals', () => {
  it.each([
    [CloseCode.MALFORMED_MESSAGE, 'protocol'],
    [CloseCode.UNAUTHENTICATED, 'unauthenticated'],
    [CloseCode.FORBIDDEN, 'forbidden'],
    [CloseCode.NOT_FOUND, 'notFound'],
    [CloseCode.ACCESS_REVOKED, 'revoked'],
    [CloseCode.DOCUMENT_ARCHIVED, 'archived'],
    [CloseCode.MESSAGE_TOO_LARGE, 'messageTooLarge'],
    [CloseCode.UNSUPPORTED_ENCODING, 'protocol'],
    [CloseCode.DOCUMENT_TOO_LARGE, 'documentTooLarge'],
    [CloseCode.RATE_LIMITED, 'rateLimited'],
    [CloseCode.TOO_MANY_CONNECTIONS, 'tooManyConnections'],
    [CloseCode.PRESENCE_LIMIT, 'presenceLimit'],
    [CloseCode.RELOAD_REQUIRED, 'reloadRequired'],
    [4499, 'unknown'],
  ])('reads close code %i as "%s"', (code, refusal) => {
    expect(refusalFromCloseCode(code)).toBe(refusal);
  });

  it('treats a refused ticket as final and a failed one as worth retrying', () => {
    expect(refusalFromTicketProblem('NOT_FOUND')).toBe('notFound');
    expect(refusalFromTicketProblem('FORBIDDEN')).toBe('forbidden');
    expect(refusalFromTicketProblem('UNAUTHENTICATED')).toBe('unauthenticated');
    expect(refusalFromTicketProblem('CONFLICT')).toBe('archived');
    expect(refusalFromTicketProblem('NETWORK')).toBeNull();
    expect(refusalFromTicketProblem('INTERNAL_SERVER_ERROR')).toBeNull();
    expect(refusalFromTicketProblem('RATE_LIMITED')).toBeNull();
  });
});
