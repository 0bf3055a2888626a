import { Alert, Box, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { readProblem, useFormProblem } from '../../../errors';
import type { ShareLinkPreviewQuery } from '../../../gql/graphql';
import { useRedeemShareLink } from '../hooks/use-guest';
import { shareErrorOf, type ShareErrorCode } from '../hooks/share-problem';

/** Longest guest name the form sends. */
export const MAX_GUEST_NAME_LENGTH = 100;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * The guest's name (shown to the team, in presence as "Guest: <name>"), the link's password
 * when it has one, and an email for approve links when the server can send the code. A
 * throttled password says when to try again.
 */
export function RedeemForm({
  token,
  preview,
  onGone,
}: {
  token: string;
  preview: ShareLinkPreviewQuery['shareLinkPreview'];
  /** The link died between the preview and the click. */
  onGone: () => void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [email, setEmail] = useState('');
  const [tried, setTried] = useState(false);
  const [redeem, { loading }] = useRedeemShareLink();
  const problem = useFormProblem(['name', 'password', 'email']);
  const [refusal, setRefusal] = useState<ShareErrorCode | null>(null);
  const nameMissing = name.trim() === '';
  const passwordMissing = preview.needsPassword && password === '';
  const emailInvalid = preview.needsEmail && !EMAIL.test(email.trim());

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    problem.clear();
    setRefusal(null);
    if (nameMissing || passwordMissing || emailInvalid) return;
    redeem({
      variables: {
        input: {
          token,
          name: name.trim(),
          password: preview.needsPassword ? password : null,
          email: preview.needsEmail ? email.trim() : null,
        },
      },
    }).catch((error: unknown) => {
      const share = shareErrorOf(error);
      if (share) setRefusal(share.code);
      else if (readProblem(error).code === 'NOT_FOUND') onGone();
      else problem.fail(error);
    });
  };

  return (
    <Box component="form" onSubmit={submit} noValidate aria-label={t('sharing.guest.form')}>
      <Stack gap="sm">
        <TextInput
          label={t('sharing.guest.name')}
          description={t('sharing.guest.nameHint')}
          required
          dir="auto"
          autoComplete="name"
          maxLength={MAX_GUEST_NAME_LENGTH}
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={tried && nameMissing ? t('sharing.guest.nameMissing') : problem.fieldError('name')}
        />
        {preview.needsPassword && (
          <PasswordInput
            label={t('sharing.guest.password')}
            required
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.currentTarget.value)}
            error={
              (tried && passwordMissing) || refusal === 'SHARE_LINK_PASSWORD_REQUIRED'
                ? t('sharing.guest.passwordMissing')
                : refusal === 'SHARE_LINK_PASSWORD_INVALID'
                  ? t('sharing.guest.wrongPassword')
                  : problem.fieldError('password')
            }
          />
        )}
        {preview.needsEmail && (
          <TextInput
            label={t('sharing.guest.email')}
            description={t('sharing.guest.emailHint')}
            required
            type="email"
            dir="ltr"
            autoComplete="email"
            value={email}
            onChange={(event) => setEmail(event.currentTarget.value)}
            error={
              tried && emailInvalid ? t('sharing.guest.emailInvalid') : problem.fieldError('email')
            }
          />
        )}
        {preview.capability === 'APPROVE' && !preview.smtpConfigured && (
          <Alert color="indigo.9" variant="outline" role="status">
            {t('sharing.guest.approvalRecordedByName', { label: preview.label })}
          </Alert>
        )}
        {problem.formError && (
          <Alert color="red.9" variant="outline" role="alert" data-testid="redeem-problem">
            {problem.formError}
          </Alert>
        )}
        <Box>
          <Button type="submit" loading={loading}>
            {t('sharing.guest.open')}
          </Button>
        </Box>
      </Stack>
    </Box>
  );
}
