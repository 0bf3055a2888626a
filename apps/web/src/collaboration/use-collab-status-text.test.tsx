import { CloseCode } from '@chorus/collab-protocol';
import { renderHook } from '@testing-library/react';
import { initI18n, languages, type LanguageCode } from '../i18n';
import { refusalFromCloseCode } from './collab-state';
import { useCollabStatusText } from './use-collab-status-text';

async function refusalText(language: LanguageCode, code: number): Promise<string> {
  await initI18n({ language });
  const { result, unmount } = renderHook(() => useCollabStatusText());
  const text = result.current.refusal(refusalFromCloseCode(code));
  unmount();
  return text;
}

describe('the words for a refused collaboration socket', () => {
  afterAll(async () => {
    await initI18n({ language: 'en' });
  });

  it('explains the per-user socket cap (4430) and the presence limit (4431) in English', async () => {
    expect(await refusalText('en', CloseCode.TOO_MANY_CONNECTIONS)).toMatch(
      /too many documents open at once/,
    );
    expect(await refusalText('en', CloseCode.PRESENCE_LIMIT)).toMatch(
      /cursor and selection information/,
    );
  });

  it.each(languages.map((language) => language.code))(
    'has its own words for both in %s, not the generic "closed" message',
    async (language) => {
      const unknown = await refusalText(language, 4499);
      const tooMany = await refusalText(language, CloseCode.TOO_MANY_CONNECTIONS);
      const presence = await refusalText(language, CloseCode.PRESENCE_LIMIT);
      expect(new Set([unknown, tooMany, presence]).size).toBe(3);
      if (language !== 'en') {
        expect(tooMany).not.toBe(await refusalText('en', CloseCode.TOO_MANY_CONNECTIONS));
        expect(presence).not.toBe(await refusalText('en', CloseCode.PRESENCE_LIMIT));
      }
      expect(tooMany).not.toMatch(/^collab\./);
      expect(presence).not.toMatch(/^collab\./);
    },
  );
});
