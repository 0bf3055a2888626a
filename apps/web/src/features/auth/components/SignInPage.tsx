import { Alert, Button, Paper, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../ui';

/**
 * The sign-in form. Accounts arrive in a later issue: for now submitting only says so,
 * and nothing typed here leaves the browser.
 */
export function SignInPage() {
  const { t } = useTranslation();
  const [submitted, setSubmitted] = useState(false);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSubmitted(true);
  };

  return (
    <Page title={t('signIn.title')}>
      <Paper withBorder p="lg" maw={420}>
        <form onSubmit={onSubmit} noValidate>
          <Stack gap="md">
            <Text>{t('signIn.intro')}</Text>
            <TextInput
              label={t('signIn.email')}
              name="email"
              type="email"
              autoComplete="email"
              required
            />
            <PasswordInput
              label={t('signIn.password')}
              name="password"
              autoComplete="current-password"
              required
            />
            <Button type="submit">{t('signIn.submit')}</Button>
            {submitted && (
              <Alert color="indigo" variant="outline" role="status" title={t('signIn.noticeTitle')}>
                {t('signIn.noticeBody')}
              </Alert>
            )}
          </Stack>
        </form>
      </Paper>
    </Page>
  );
}
