import { Alert, Button, CopyButton, Group, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A secret (a feed URL, a signing secret) shown this once, with a copy button. */
export function SecretReveal({
  label,
  value,
  hint,
  testId,
}: {
  label: string;
  value: string;
  hint: string;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Group align="flex-end" wrap="nowrap" gap="sm">
        <TextInput
          label={label}
          value={value}
          readOnly
          dir="ltr"
          flex={1}
          onFocus={(event) => event.currentTarget.select()}
          data-testid={testId}
        />
        <CopyButton value={value} timeout={2000}>
          {({ copied, copy }) => (
            <Button onClick={copy} variant={copied ? 'outline' : 'filled'}>
              {copied ? t('integrations.copied') : t('integrations.copy')}
            </Button>
          )}
        </CopyButton>
      </Group>
      <Alert color="indigo.9" variant="outline" role="status">
        {hint}
      </Alert>
    </Stack>
  );
}
