import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import en from '../../i18n/locales/en.json';
import { ACTIVITY_ACTIONS } from './activity-actions';

/** The server's event types, read from its source (the web app may not import server code). */
function serverEventTypes(): string[] {
  const source = readFileSync(
    join(__dirname, '../../../../server/src/modules/events/event-types.ts'),
    'utf8',
  );
  const list = /EVENT_TYPES = \[([^\]]*)\]/.exec(source)?.[1] ?? '';
  return [...list.matchAll(/'([a-z_.]+)'/g)].map((match) => match[1]!);
}

describe('the actions the Activity page names', () => {
  it('are exactly the event types the server records', () => {
    const server = serverEventTypes();
    expect(server.length).toBeGreaterThan(20);
    expect([...ACTIVITY_ACTIONS].sort()).toEqual([...server].sort());
  });

  it('each have words in the English catalogue', () => {
    const actions: Record<string, string> = en.activity.actions;
    for (const action of ACTIVITY_ACTIONS) {
      expect(actions[action.replaceAll('.', '_')]).toEqual(expect.any(String));
    }
  });
});
