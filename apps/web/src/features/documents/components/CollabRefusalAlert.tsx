import { useTranslation } from 'react-i18next';
import { useCollabStatusText, type CollabError } from '../../../collaboration';
import { FormAlert } from '../../../ui';

/** Why the document was closed for good (a final close code or a refused ticket). */
export function CollabRefusalAlert({ error }: { error: CollabError | null }) {
  const { t } = useTranslation();
  const text = useCollabStatusText();
  if (!error) return null;
  return <FormAlert title={t('collab.refusedTitle')} message={text.refusal(error.refusal)} />;
}
