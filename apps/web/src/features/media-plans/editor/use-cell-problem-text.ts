import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanFormats } from '../plan-format';
import { useNumberErrorText } from '../hooks/use-plan-error-text';
import type { CellProblem } from './cell-input';

/** Why a value typed or pasted into a cell is not written, in the reader's language. */
export function useCellProblemText(formats: PlanFormats): (problem: CellProblem) => string {
  const { t } = useTranslation();
  const numberError = useNumberErrorText();
  return useCallback(
    (problem: CellProblem) => {
      switch (problem.kind) {
        case 'number':
          return numberError(problem.error, problem.of, formats.currency, formats.digits);
        case 'tooLong':
          return t('mediaPlan.cellErrors.tooLong', { max: formats.quantity(problem.max) });
        case 'pricing':
          return t('mediaPlan.cellErrors.pricing');
        case 'goal':
          return t('mediaPlan.cellErrors.goal');
        case 'readOnly':
          return t('mediaPlan.cellErrors.readOnly');
        case 'outside':
          return t('mediaPlan.cellErrors.outside');
      }
    },
    [t, numberError, formats],
  );
}
