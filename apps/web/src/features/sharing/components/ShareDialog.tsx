import {
  Alert,
  Box,
  Button,
  Group,
  Modal,
  NativeSelect,
  PasswordInput,
  Radio,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormProblem } from '../../../errors';
import type { ShareCapability } from '../../../gql/graphql';
import { useCreateShareLink } from '../hooks/use-share-links';
import {
  absoluteShareUrl,
  CAPABILITIES,
  EXPIRY_CHOICES,
  hasProblems,
  initialShareForm,
  MAX_LABEL_LENGTH,
  MAX_PASSWORD_LENGTH,
  MIN_PASSWORD_LENGTH,
  onlyView,
  toShareInput,
  validateShareForm,
  type ExpiryChoice,
  type ShareFormValues,
  type ShareTarget,
} from '../share-form';
import { LinkReveal } from './LinkReveal';

const capabilityKey = {
  VIEW: 'view',
  COMMENT: 'comment',
  APPROVE: 'approve',
} as const satisfies Record<ShareCapability, string>;

/**
 * Creating a share link: what the guest may do, a label, how long it lasts (never, with a
 * warning), an optional password. The form checks itself before sending; the new address is
 * shown once, with a copy button.
 */
export function ShareDialog({
  opened,
  onClose,
  target,
  title,
}: {
  opened: boolean;
  onClose: () => void;
  target: ShareTarget;
  /** What is shared, in words ("Spring strategy", "March 1 – 31"). */
  title: string;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState<ShareFormValues>(() => initialShareForm(target));
  const [tried, setTried] = useState(false);
  const [url, setUrl] = useState<string | null>(null);
  const [create, { loading }] = useCreateShareLink();
  const problem = useFormProblem(['label', 'password', 'expiresInDays', 'capability']);
  const problems = tried ? validateShareForm(values) : {};
  const set = <Key extends keyof ShareFormValues>(key: Key, value: ShareFormValues[Key]) =>
    setValues((current) => ({ ...current, [key]: value }));

  const close = () => {
    setValues(initialShareForm(target));
    setTried(false);
    setUrl(null);
    problem.clear();
    onClose();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    problem.clear();
    if (hasProblems(validateShareForm(values))) return;
    create({ variables: { input: toShareInput(values, target) } }).then(
      ({ data }) => {
        if (data) setUrl(absoluteShareUrl(data.createShareLink.url, window.location.origin));
      },
      (error: unknown) => problem.fail(error),
    );
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={t('sharing.dialog.title', { what: title })}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {url ? (
        <Stack gap="md">
          <LinkReveal url={url} />
          <Group justify="flex-end">
            <Button onClick={close}>{t('common.done')}</Button>
          </Group>
        </Stack>
      ) : (
        <Box component="form" onSubmit={submit} noValidate aria-label={t('sharing.dialog.form')}>
          <Stack gap="md">
            {onlyView(target) ? (
              <Text size="sm">{t('sharing.dialog.reportViewOnly')}</Text>
            ) : (
              <Radio.Group
                label={t('sharing.capability.label')}
                value={values.capability}
                onChange={(value) => set('capability', value)}
              >
                <Stack gap="xs" mt={6}>
                  {CAPABILITIES.map((capability) => (
                    <Radio
                      key={capability}
                      value={capability}
                      label={t(`sharing.capability.${capabilityKey[capability]}`)}
                      description={t(`sharing.capability.${capabilityKey[capability]}Hint`)}
                    />
                  ))}
                </Stack>
              </Radio.Group>
            )}
            <TextInput
              label={t('sharing.dialog.label')}
              description={t('sharing.dialog.labelHint')}
              required
              dir="auto"
              maxLength={MAX_LABEL_LENGTH * 2}
              value={values.label}
              onChange={(event) => set('label', event.currentTarget.value)}
              error={
                problems.label === 'missing'
                  ? t('sharing.dialog.labelMissing')
                  : problems.label === 'tooLong'
                    ? t('sharing.dialog.labelTooLong', { max: MAX_LABEL_LENGTH })
                    : problem.fieldError('label')
              }
            />
            <NativeSelect
              label={t('sharing.dialog.expiry')}
              value={values.expiry}
              onChange={(event) => set('expiry', event.currentTarget.value as ExpiryChoice)}
              data={EXPIRY_CHOICES.map((choice) => ({
                value: choice,
                label:
                  choice === 'never'
                    ? t('sharing.dialog.never')
                    : t('sharing.dialog.days', { count: Number(choice) }),
              }))}
              error={problem.fieldError('expiresInDays')}
            />
            {values.expiry === 'never' && (
              <Alert color="orange.9" variant="outline" role="status">
                {t('sharing.dialog.neverWarning')}
              </Alert>
            )}
            <PasswordInput
              label={t('sharing.dialog.password')}
              description={t('sharing.dialog.passwordHint', { min: MIN_PASSWORD_LENGTH })}
              autoComplete="new-password"
              value={values.password}
              onChange={(event) => set('password', event.currentTarget.value)}
              error={
                problems.password === 'tooShort'
                  ? t('sharing.dialog.passwordTooShort', { min: MIN_PASSWORD_LENGTH })
                  : problems.password === 'tooLong'
                    ? t('sharing.dialog.passwordTooLong', { max: MAX_PASSWORD_LENGTH })
                    : problem.fieldError('password')
              }
            />
            {problem.formError && (
              <Alert color="red.9" variant="outline" role="alert">
                {problem.formError}
              </Alert>
            )}
            <Text size="sm" c="gray.7">
              {t('sharing.dialog.revokeHint')}
            </Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={loading}>
                {t('sharing.dialog.create')}
              </Button>
            </Group>
          </Stack>
        </Box>
      )}
    </Modal>
  );
}
