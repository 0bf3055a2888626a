import { Alert, Button, CopyButton, Group, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A new link's address, shown this once, with a copy button and the notice that says so. */
export function LinkReveal({ url }: { url: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Group align="flex-end" wrap="nowrap" gap="sm">
        <TextInput
          label={t('sharing.dialog.urlLabel')}
          value={url}
          readOnly
          dir="ltr"
          flex={1}
          onFocus={(event) => event.currentTarget.select()}
          data-testid="share-link-url"
        />
        <CopyButton value={url} timeout={2000}>
          {({ copied, copy }) => (
            <Button onClick={copy} variant={copied ? 'outline' : 'filled'}>
              {copied ? t('sharing.dialog.copied') : t('sharing.dialog.copy')}
            </Button>
          )}
        </CopyButton>
      </Group>
      <Alert color="indigo.9" variant="outline" role="status">
        {t('sharing.dialog.onlyOnce')}
      </Alert>
    </Stack>
  );
}
