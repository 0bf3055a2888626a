import type { NumberTextError, PlanErrorCode } from '@chorus/media-plan-model';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/** A writer's refusal in the reader's language. */
export function usePlanErrorText(): (code: PlanErrorCode) => string {
  const { t } = useTranslation();
  return useCallback((code: PlanErrorCode) => t(`mediaPlan.errors.${code}`), [t]);
}

/** Why a typed budget or quantity was refused, in the reader's language. */
export function useNumberErrorText(): (
  error: NumberTextError,
  kind: 'money' | 'quantity',
  currency: string,
  digits: number,
) => string {
  const { t } = useTranslation();
  return useCallback(
    (error, kind, currency, digits) => {
      if (error === 'too_many_decimals') {
        if (kind === 'quantity') return t('mediaPlan.numberErrors.quantityDecimals');
        return digits === 0
          ? t('mediaPlan.numberErrors.noDecimals', { currency })
          : t('mediaPlan.numberErrors.tooManyDecimals', { currency, digits });
      }
      if (error === 'not_a_number') {
        return kind === 'money'
          ? t('mediaPlan.numberErrors.moneyNotANumber')
          : t('mediaPlan.numberErrors.quantityNotANumber');
      }
      if (error === 'negative') {
        return kind === 'money'
          ? t('mediaPlan.numberErrors.negativeBudget')
          : t('mediaPlan.numberErrors.negativeQuantity');
      }
      return t('mediaPlan.numberErrors.tooLarge');
    },
    [t],
  );
}
