import { Button, Paper, PasswordInput, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { passwordLimits, useFormProblem } from '../../../errors';
import { ConfirmDialog, FormAlert, Page, useConfirmedAction } from '../../../ui';
import { useChangePassword } from '../hooks/use-account';
import { useMe } from '../hooks/use-me';
import { useSignOut } from '../hooks/use-sign-out';

/** The signed-in person's account: who they are, their password and their sessions. */
export function AccountPage() {
  const { t } = useTranslation();
  const { me } = useMe();
  if (!me) return null;
  return (
    <Page title={t('account.title')}>
      <Paper withBorder p="lg" component="section" aria-labelledby="account-profile">
        <Title order={2} size="h4" id="account-profile" mb="sm">
          {t('account.profile')}
        </Title>
        <SimpleGrid component="dl" cols={2} spacing="xs" maw={520} m={0}>
          <Text component="dt" fw={600}>
            {t('account.name')}
          </Text>
          <Text component="dd" m={0}>
            <bdi>{me.displayName}</bdi>
          </Text>
          <Text component="dt" fw={600}>
            {t('account.email')}
          </Text>
          <Text component="dd" m={0}>
            <bdi>{me.email}</bdi>
          </Text>
        </SimpleGrid>
      </Paper>
      <ChangePasswordForm />
      <SessionsSection />
    </Page>
  );
}

function ChangePasswordForm() {
  const { t, i18n } = useTranslation();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [missing, setMissing] = useState({ current: false, next: false });
  const [done, setDone] = useState(false);
  const [changePassword, { loading }] = useChangePassword();
  const problem = useFormProblem(['currentPassword', 'newPassword']);

  const currentError = missing.current
    ? t('signUp.missing')
    : problem.fieldError('currentPassword');
  const newError = missing.next ? t('signUp.missing') : problem.fieldError('newPassword');

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const nowMissing = { current: !currentPassword, next: !newPassword };
    setMissing(nowMissing);
    setDone(false);
    problem.clear();
    if (nowMissing.current || nowMissing.next) return;
    try {
      await changePassword({ variables: { input: { currentPassword, newPassword } } });
    } catch (error) {
      problem.fail(error);
      return;
    }
    setCurrentPassword('');
    setNewPassword('');
    setDone(true);
  };

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="account-password">
      <Title order={2} size="h4" id="account-password" mb="sm">
        {t('account.changePassword')}
      </Title>
      <form onSubmit={(event) => void onSubmit(event)} noValidate>
        <Stack gap="md" maw={420}>
          <PasswordInput
            label={t('account.currentPassword')}
            name="currentPassword"
            autoComplete="current-password"
            required
            value={currentPassword}
            onChange={(event) => setCurrentPassword(event.currentTarget.value)}
            error={currentError}
            aria-invalid={Boolean(currentError)}
          />
          <PasswordInput
            label={t('account.newPassword')}
            description={t('signUp.passwordHint', {
              min: new Intl.NumberFormat(i18n.resolvedLanguage).format(passwordLimits.min),
            })}
            name="newPassword"
            autoComplete="new-password"
            required
            value={newPassword}
            onChange={(event) => setNewPassword(event.currentTarget.value)}
            error={newError}
            aria-invalid={Boolean(newError)}
          />
          <FormAlert message={problem.formError} />
          {done && (
            <Text role="status" fw={600}>
              {t('account.passwordChanged')}
            </Text>
          )}
          <div>
            <Button type="submit" loading={loading}>
              {t('account.changePasswordSubmit')}
            </Button>
          </div>
        </Stack>
      </form>
    </Paper>
  );
}

function SessionsSection() {
  const { t } = useTranslation();
  const { signOutEverywhere } = useSignOut();
  const signingOut = useConfirmedAction(signOutEverywhere);

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="account-sessions">
      <Title order={2} size="h4" id="account-sessions" mb="sm">
        {t('account.sessions')}
      </Title>
      <Text mb="md">{t('account.sessionsBody')}</Text>
      <Button variant="outline" color="red.9" onClick={() => signingOut.ask()}>
        {t('userMenu.signOutEverywhere')}
      </Button>
      <FormAlert message={signingOut.asking ? undefined : signingOut.error} />
      <ConfirmDialog
        {...signingOut.dialog}
        title={t('account.signOutEverywhereTitle')}
        confirmLabel={t('userMenu.signOutEverywhere')}
      >
        {t('account.signOutEverywhereBody')}
      </ConfirmDialog>
    </Paper>
  );
}
