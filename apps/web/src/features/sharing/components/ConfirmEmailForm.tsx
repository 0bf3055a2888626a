import { Alert, Box, Button, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormProblem } from '../../../errors';
import { shareErrorOf } from '../hooks/share-problem';
import { useConfirmGuestEmail } from '../hooks/use-guest';

/** The one-time code emailed to an approve link's guest. */
export function ConfirmEmailForm() {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [tried, setTried] = useState(false);
  const [confirm, { loading }] = useConfirmGuestEmail();
  const problem = useFormProblem(['code']);
  const [refusal, setRefusal] = useState<string | null>(null);
  const missing = code.trim() === '';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    problem.clear();
    setRefusal(null);
    if (missing) return;
    confirm({ variables: { code: code.trim() } }).catch((error: unknown) => {
      const share = shareErrorOf(error);
      if (share?.code === 'GUEST_EMAIL_CODE_INVALID') setRefusal(share.reason ?? 'wrong');
      else problem.fail(error);
    });
  };

  return (
    <Paper withBorder p="lg" maw={520}>
      <Box component="form" onSubmit={submit} noValidate aria-label={t('sharing.guest.codeForm')}>
        <Stack gap="sm">
          <Text>{t('sharing.guest.codeSent')}</Text>
          <TextInput
            label={t('sharing.guest.code')}
            required
            dir="ltr"
            inputMode="numeric"
            autoComplete="one-time-code"
            value={code}
            onChange={(event) => setCode(event.currentTarget.value)}
            error={
              tried && missing
                ? t('sharing.guest.codeMissing')
                : refusal === 'wrong'
                  ? t('sharing.guest.wrongCode')
                  : refusal
                    ? t('sharing.guest.codeSpent')
                    : problem.fieldError('code')
            }
          />
          {problem.formError && (
            <Alert color="red.9" variant="outline" role="alert">
              {problem.formError}
            </Alert>
          )}
          <Box>
            <Button type="submit" loading={loading}>
              {t('sharing.guest.confirm')}
            </Button>
          </Box>
        </Stack>
      </Box>
    </Paper>
  );
}
