import { Button, Container, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Page } from '../ui/Page';

/** Shown when a route fails to render, for example when its code chunk cannot load. */
export function RouteErrorPage() {
  const { t } = useTranslation();
  return (
    <Container size="sm" py="xl" component="main">
      <Page title={t('routeError.title')}>
        <Text>{t('routeError.body')}</Text>
        <div>
          <Button onClick={() => window.location.reload()}>{t('routeError.reload')}</Button>
        </div>
      </Page>
    </Container>
  );
}
