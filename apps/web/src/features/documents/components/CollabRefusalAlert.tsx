import { Alert, Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCollabStatusText, type CollabError } from '../../../collaboration';
import { FormAlert } from '../../../ui';

/**
 * Why the document was closed for good (a final close code or a refused ticket). When the
 * page's editor is older than the server's content schema, it offers the reload that fixes
 * it (the offline copy on this device keeps what was typed).
 */
export function CollabRefusalAlert({
  error,
  reload = () => window.location.reload(),
}: {
  error: CollabError | null;
  reload?: () => void;
}) {
  const { t } = useTranslation();
  const text = useCollabStatusText();
  if (!error) return null;
  if (error.refusal === 'reloadRequired') {
    return (
      <Alert color="red.9" variant="outline" role="alert" title={t('collab.refusedTitle')}>
        {text.refusal(error.refusal)}
        <Button mt="sm" size="xs" onClick={reload}>
          {t('collab.reload')}
        </Button>
      </Alert>
    );
  }
  return <FormAlert title={t('collab.refusedTitle')} message={text.refusal(error.refusal)} />;
}
