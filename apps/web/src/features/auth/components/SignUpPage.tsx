import { Anchor, Button, Paper, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { passwordLimits, useFormProblem } from '../../../errors';
import { FormAlert, Page } from '../../../ui';
import { useSignUp, useStartSession } from '../hooks/use-account';
import { safeNextPath, signInPath } from '../next-path';

type Field = 'displayName' | 'email' | 'password';

/** Creates an account (which signs it in), then returns to `?next=` (or home). */
export function SignUpPage() {
  const { t, i18n } = useTranslation();
  const startSession = useStartSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  const [values, setValues] = useState<Record<Field, string>>({
    displayName: '',
    email: '',
    password: '',
  });
  const [missing, setMissing] = useState<Partial<Record<Field, boolean>>>({});
  const [signUp, { loading }] = useSignUp();
  const problem = useFormProblem(['displayName', 'email', 'password']);

  const field = (name: Field) => {
    const error = missing[name] ? t('signUp.missing') : problem.fieldError(name);
    return {
      name,
      value: values[name],
      onChange: (event: { currentTarget: { value: string } }) => {
        const value = event.currentTarget.value;
        setValues((current) => ({ ...current, [name]: value }));
      },
      error,
      // PasswordInput does not set it itself.
      'aria-invalid': Boolean(error),
      required: true,
    };
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const nowMissing = {
      displayName: !values.displayName.trim(),
      email: !values.email.trim(),
      password: !values.password,
    };
    setMissing(nowMissing);
    problem.clear();
    if (Object.values(nowMissing).some(Boolean)) return;
    try {
      await signUp({
        variables: {
          input: {
            displayName: values.displayName.trim(),
            email: values.email.trim(),
            password: values.password,
          },
        },
      });
    } catch (error) {
      problem.fail(error);
      return;
    }
    await startSession();
    await navigate(next, { replace: true });
  };

  return (
    <Page title={t('signUp.title')}>
      <Paper withBorder p="lg" maw={460}>
        <form onSubmit={(event) => void onSubmit(event)} noValidate>
          <Stack gap="md">
            <Text>{t('signUp.intro')}</Text>
            <TextInput
              label={t('signUp.displayName')}
              dir="auto"
              description={t('signUp.displayNameHint')}
              autoComplete="name"
              {...field('displayName')}
            />
            <TextInput
              label={t('signUp.email')}
              type="email"
              dir="ltr"
              autoComplete="email"
              {...field('email')}
            />
            <PasswordInput
              label={t('signUp.password')}
              description={t('signUp.passwordHint', {
                min: new Intl.NumberFormat(i18n.resolvedLanguage).format(passwordLimits.min),
              })}
              autoComplete="new-password"
              {...field('password')}
            />
            <FormAlert message={problem.formError} />
            <Button type="submit" loading={loading}>
              {t('signUp.submit')}
            </Button>
            <Text size="sm">
              {t('signUp.haveAccount')}{' '}
              <Anchor component={Link} to={signInPath(next)}>
                {t('signUp.signInLink')}
              </Anchor>
            </Text>
          </Stack>
        </form>
      </Paper>
    </Page>
  );
}
