import {
  Anchor,
  Badge,
  Button,
  Code,
  Group,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useFormProblem } from '../../../errors';
import { FormAlert, Page } from '../../../ui';
import { useRoleLabels } from '../../workspaces';
import { demoAccounts, demoPassword } from '../demo-accounts';
import { useSignIn, useStartSession } from '../hooks/use-account';
import { safeNextPath, signInPath } from '../next-path';
import { changeLanguage, isLanguageCode } from '../../../i18n';

/** Signs in with email and password, then returns to `?next=` (or home). */
export function SignInPage() {
  const { t } = useTranslation();
  const startSession = useStartSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState<{ email?: boolean; password?: boolean }>({});
  const [signIn, { loading }] = useSignIn();
  const problem = useFormProblem(['email', 'password']);

  const passwordError = missing.password
    ? t('signIn.passwordMissing')
    : problem.fieldError('password');

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const nowMissing = { email: !email.trim(), password: !password };
    setMissing(nowMissing);
    problem.clear();
    if (nowMissing.email || nowMissing.password) return;
    try {
      const result = await signIn({ variables: { input: { email: email.trim(), password } } });
      // The interface language saved in the profile follows the person to this browser.
      const language = result.data?.signIn.user.interfaceLanguage;
      if (isLanguageCode(language)) await changeLanguage(language);
    } catch (error) {
      problem.fail(error);
      return;
    }
    await startSession();
    await navigate(next, { replace: true });
  };

  return (
    <Page title={t('signIn.title')}>
      <Group align="flex-start" gap="xl">
        <Paper withBorder p="lg" w={420} maw="100%">
          <form onSubmit={(event) => void onSubmit(event)} noValidate>
            <Stack gap="md">
              <Text>{t('signIn.intro')}</Text>
              <TextInput
                label={t('signIn.email')}
                name="email"
                type="email"
                dir="ltr"
                autoComplete="email"
                required
                value={email}
                onChange={(event) => setEmail(event.currentTarget.value)}
                error={missing.email ? t('signIn.emailMissing') : problem.fieldError('email')}
              />
              <PasswordInput
                label={t('signIn.password')}
                name="password"
                autoComplete="current-password"
                required
                value={password}
                onChange={(event) => setPassword(event.currentTarget.value)}
                error={passwordError}
                aria-invalid={Boolean(passwordError)}
              />
              <FormAlert message={problem.formError} />
              <Button type="submit" loading={loading}>
                {t('signIn.submit')}
              </Button>
              <Text size="sm">
                {t('signIn.noAccount')}{' '}
                <Anchor component={Link} to={signInPath(next, 'sign-up')}>
                  {t('signIn.signUpLink')}
                </Anchor>
              </Text>
            </Stack>
          </form>
        </Paper>
        <DemoAccounts
          onPick={(demoEmail) => {
            setEmail(demoEmail);
            setPassword(demoPassword);
            setMissing({});
          }}
        />
      </Group>
    </Page>
  );
}

/** The seeded demo accounts; picking one fills in the form. */
function DemoAccounts({ onPick }: { onPick: (email: string) => void }) {
  const { t } = useTranslation();
  const roles = useRoleLabels();
  return (
    <Paper withBorder p="lg" component="aside" aria-labelledby="demo-accounts-title" maw={420}>
      <Title order={2} size="h4" id="demo-accounts-title" mb="xs">
        {t('signIn.demoTitle')}
      </Title>
      <Text size="sm" mb="xs">
        {t('signIn.demoIntro')}
      </Text>
      <Text size="sm" mb="sm">
        {t('signIn.demoPassword')} <Code>{demoPassword}</Code>
      </Text>
      <Stack gap={4} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
        {demoAccounts.map((account) => (
          <Group key={account.email} component="li" gap="xs" wrap="nowrap">
            <Button
              variant="subtle"
              size="compact-sm"
              onClick={() => onPick(account.email)}
              aria-label={t('signIn.demoUse', { email: account.email })}
            >
              <bdi>{account.email}</bdi>
            </Button>
            <Badge variant="outline" color="indigo.9">
              {roles.label(account.role)}
            </Badge>
          </Group>
        ))}
      </Stack>
      <Text size="sm" mt="sm">
        {t('signIn.demoWindows')}
      </Text>
    </Paper>
  );
}
