import type { LengthCheck } from '@chorus/post-model';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatters } from '../../../i18n';

/** "123 / 280 characters", red when over the network's limit. */
export function CharacterCount({ check }: { check: LengthCheck }) {
  const { t } = useTranslation();
  const { number } = useFormatters();
  return (
    <Text
      size="sm"
      c={check.fits ? 'dimmed' : 'red.8'}
      fw={check.fits ? undefined : 700}
      data-testid={`count-${check.network}`}
    >
      {t('posts.editor.count', { used: number(check.count), limit: number(check.limit) })}
    </Text>
  );
}
