import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormProblem } from '../../../errors';
import type { DocumentKind } from '../../../gql/graphql';
import { FormAlert } from '../../../ui';
import {
  BrandDocumentsQuery,
  CreateDocumentMutation,
  RenameDocumentMutation,
} from '../graphql/documents.graphql';

export type TitleDialogMode =
  | { kind: 'create'; documentKind: DocumentKind; brandId: string }
  | { kind: 'rename'; document: { id: string; title: string } };

/** Asks for a document's title: to create a document, or to rename one. */
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
  /** Called with the document's id once it is created or renamed. */
  onDone: (documentId: string) => void;
}) {
  const { t } = useTranslation();
  const initial = mode.kind === 'rename' ? mode.document.title : '';
  const [value, setValue] = useState(initial);
  const [missing, setMissing] = useState(false);
  const [createDocument, creation] = useMutation(CreateDocumentMutation, {
    refetchQueries: [BrandDocumentsQuery],
  });
  const [renameDocument, renaming] = useMutation(RenameDocumentMutation);
  const problem = useFormProblem(['title']);

  const close = () => {
    setValue(initial);
    setMissing(false);
    problem.clear();
    onClose();
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    problem.clear();
    const trimmed = value.trim();
    setMissing(!trimmed);
    if (!trimmed) return;
    try {
      if (mode.kind === 'create') {
        const { data } = await createDocument({
          variables: {
            input: { brandId: mode.brandId, kind: mode.documentKind, title: trimmed },
          },
        });
        if (!data) return;
        setValue('');
        onDone(data.createDocument.id);
      } else {
        await renameDocument({
          variables: { input: { documentId: mode.document.id, title: trimmed } },
        });
        onDone(mode.document.id);
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
          <FormAlert message={problem.formError} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={creation.loading || renaming.loading}>
              {mode.kind === 'create' ? t('documents.createSubmit') : t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
