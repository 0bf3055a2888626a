import { useMutation } from '@apollo/client/react';
import { Button, Checkbox, Group, Modal, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormProblem } from '../../../errors';
import type { DocumentKind } from '../../../gql/graphql';
import { languages, matchLanguage, type LanguageCode } from '../../../i18n';
import { FormAlert } from '../../../ui';
import { validateSettings } from '@chorus/media-plan-model';
import {
  defaultMediaPlanSettings,
  MediaPlanSettingsFields,
  type MediaPlanSettingsValue,
} from '../../media-plans';
import {
  BrandDocumentsQuery,
  CreateDocumentMutation,
  DuplicateDocumentMutation,
  RenameDocumentMutation,
} from '../graphql/documents.graphql';

export type TitleDialogMode =
  | { kind: 'create'; documentKind: DocumentKind; brandId: string }
  | { kind: 'rename'; document: { id: string; title: string } }
  | { kind: 'duplicate'; document: { id: string; title: string } };

/**
 * Asks for a document's title: to create a document, rename one or duplicate one. A new
 * strategy also gets its language (the reader's by default) and whether to start from the
 * SMM strategy template (yes by default); a new media plan its flight, columns and currency.
 */
export function DocumentTitleDialog({
  mode,
  title,
  opened,
  onClose,
  onDone,
}: {
  mode: TitleDialogMode;
  title: string;
  opened: boolean;
  onClose: () => void;
  /** Called with the id of the document created, renamed or made as a copy. */
  onDone: (documentId: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const initial =
    mode.kind === 'rename'
      ? mode.document.title
      : mode.kind === 'duplicate'
        ? t('documents.list.copyOf', { title: mode.document.title })
        : '';
  const uiLanguage = matchLanguage(i18n.resolvedLanguage) ?? 'en';
  const strategy = mode.kind === 'create' && mode.documentKind === 'STRATEGY';
  const mediaPlan = mode.kind === 'create' && mode.documentKind === 'MEDIA_PLAN';
  const [planSettings, setPlanSettings] = useState<MediaPlanSettingsValue>(() =>
    defaultMediaPlanSettings(),
  );
  const [showPlanErrors, setShowPlanErrors] = useState(false);
  const planErrors = mediaPlan ? validateSettings(planSettings) : [];
  const [value, setValue] = useState(initial);
  const [language, setLanguage] = useState<LanguageCode>(uiLanguage);
  const [fromTemplate, setFromTemplate] = useState(true);
  const [missing, setMissing] = useState(false);
  const [createDocument, creation] = useMutation(CreateDocumentMutation, {
    refetchQueries: [BrandDocumentsQuery],
  });
  const [duplicateDocument, duplication] = useMutation(DuplicateDocumentMutation, {
    refetchQueries: [BrandDocumentsQuery],
    awaitRefetchQueries: true,
  });
  const [renameDocument, renaming] = useMutation(RenameDocumentMutation);
  const problem = useFormProblem(['title', 'language']);

  const reset = () => {
    setValue(initial);
    setLanguage(uiLanguage);
    setFromTemplate(true);
    setPlanSettings(defaultMediaPlanSettings());
    setShowPlanErrors(false);
    setMissing(false);
    problem.clear();
  };

  const close = () => {
    reset();
    onClose();
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    problem.clear();
    const trimmed = value.trim();
    setMissing(!trimmed);
    setShowPlanErrors(true);
    if (!trimmed || planErrors.length > 0) return;
    try {
      switch (mode.kind) {
        case 'create': {
          const { data } = await createDocument({
            variables: {
              input: {
                brandId: mode.brandId,
                kind: mode.documentKind,
                title: trimmed,
                ...(strategy ? { language, fromTemplate } : {}),
                ...(mediaPlan
                  ? {
                      mediaPlan: {
                        ...planSettings,
                        granularity: planSettings.granularity === 'week' ? 'WEEK' : 'MONTH',
                      },
                    }
                  : {}),
              },
            },
          });
          if (!data) return;
          reset();
          onDone(data.createDocument.id);
          break;
        }
        case 'duplicate': {
          const { data } = await duplicateDocument({
            variables: { input: { documentId: mode.document.id, title: trimmed } },
          });
          if (!data) return;
          reset();
          onDone(data.duplicateDocument.id);
          break;
        }
        case 'rename':
          await renameDocument({
            variables: { input: { documentId: mode.document.id, title: trimmed } },
          });
          onDone(mode.document.id);
          break;
      }
    } catch (error) {
      problem.fail(error);
    }
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={title}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={(event) => void onSubmit(event)} noValidate>
        <Stack gap="md">
          <TextInput
            label={t('documents.titleField')}
            dir="auto"
            required
            maxLength={200}
            value={value}
            onChange={(event) => setValue(event.currentTarget.value)}
            error={missing ? t('signUp.missing') : problem.fieldError('title')}
            data-autofocus
          />
          {strategy && (
            <>
              <NativeSelect
                label={t('documents.list.languageField')}
                description={t('documents.list.languageHint')}
                value={language}
                onChange={(event) => {
                  const chosen = matchLanguage(event.currentTarget.value);
                  if (chosen) setLanguage(chosen);
                }}
                error={problem.fieldError('language')}
              >
                {languages.map((option) => (
                  // Each language in its own name, marked so screen readers pronounce it.
                  <option key={option.code} value={option.code} lang={option.code}>
                    {option.name}
                  </option>
                ))}
              </NativeSelect>
              <Checkbox
                label={t('documents.list.fromTemplate')}
                description={t('documents.list.fromTemplateHint')}
                checked={fromTemplate}
                onChange={(event) => setFromTemplate(event.currentTarget.checked)}
              />
            </>
          )}
          {mediaPlan && (
            <MediaPlanSettingsFields
              value={planSettings}
              onChange={setPlanSettings}
              errors={showPlanErrors ? planErrors : []}
            />
          )}
          <FormAlert message={problem.formError} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button
              type="submit"
              loading={creation.loading || renaming.loading || duplication.loading}
            >
              {mode.kind === 'create'
                ? t('documents.createSubmit')
                : mode.kind === 'duplicate'
                  ? t('documents.list.duplicateSubmit')
                  : t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
