import {
  SMART_CRITERIA,
  SMART_LETTERS,
  type SmartIssue,
  type SmartLetter,
} from '@chorus/strategy-model';
import { useTranslation } from 'react-i18next';

const LETTER_KEYS = {
  S: 'strategyEditor.goal.letters.S',
  M: 'strategyEditor.goal.letters.M',
  A: 'strategyEditor.goal.letters.A',
  R: 'strategyEditor.goal.letters.R',
  T: 'strategyEditor.goal.letters.T',
} as const satisfies Record<SmartLetter, string>;

/**
 * "S ✓ M ✗ A ✗ R ✓ T ✗" for a goal card, with a sentence for each issue under it, live as
 * the fields change.
 */
export function SmartChecklist({ issues, id }: { issues: readonly SmartIssue[]; id: string }) {
  const { t } = useTranslation();
  const messages = issues.map((issue) => t(`strategyEditor.goal.issues.${issue}`));
  return (
    <div className="strategy-smart" contentEditable={false} data-testid="smart-checklist">
      <div id={id} className="strategy-smart__title">
        {t('strategyEditor.goal.checklist')}
      </div>
      <ul className="strategy-smart__letters" aria-labelledby={id}>
        {SMART_LETTERS.map((letter) => {
          const holds = !SMART_CRITERIA[letter].some((issue) => issues.includes(issue));
          const name = t(LETTER_KEYS[letter]);
          return (
            <li
              key={letter}
              className="strategy-smart__letter"
              data-letter={letter}
              data-ok={holds ? 'true' : 'false'}
              title={name}
            >
              <span aria-hidden="true">
                {letter} {holds ? '✓' : '✗'}
              </span>
              <span className="strategy-visually-hidden">
                {holds
                  ? t('strategyEditor.goal.letterMet', { name })
                  : t('strategyEditor.goal.letterMissing', { name })}
              </span>
            </li>
          );
        })}
      </ul>
      {messages.length > 0 ? (
        <ul className="strategy-smart__issues" data-testid="smart-issues">
          {messages.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      ) : (
        <p className="strategy-smart__done">{t('strategyEditor.goal.allMet')}</p>
      )}
    </div>
  );
}
