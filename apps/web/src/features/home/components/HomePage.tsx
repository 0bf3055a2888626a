import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '../../../ui';
// Not from '../../brands': its index would pull the brand layout into the first download.
import { brandPath } from '../../brands/brand-sections';
import { HealthPanel } from '../../health';

/** Where a visit starts: what Chorus is, a way into the demo brand, and the server's health. */
export function HomePage() {
  const { t } = useTranslation();
  return (
    <Page title={t('home.title')}>
      <Text size="lg" maw={720}>
        {t('home.intro')}
      </Text>
      <Group>
        <Button component={Link} to={brandPath('demo', 'demo', 'strategy')}>
          {t('home.openDemoBrand')}
        </Button>
      </Group>
      <HealthPanel />
    </Page>
  );
}
