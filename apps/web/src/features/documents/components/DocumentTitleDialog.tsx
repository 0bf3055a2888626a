import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { Suspense, use, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentKind } from '../../../gql/graphql';
import { FormAlert, PageLoader, useNameForm } from '../../../ui';
import { useDocumentMutations } from '../hooks/use-documents';
import { documentKindModule, loadKindParts, type KindCreateFields } from '../kinds';

export type TitleDialogMode =
  | { kind: 'create'; documentKind: DocumentKind; brandId: string }
  | { kind: 'rename'; document: { id: string; title: string } }
  | { kind: 'duplicate'; document: { id: string; title: string } };

interface DialogProps {
  mode: TitleDialogMode;
  title: string;
  opened: boolean;
  onClose: () => void;
  /** Called with the id of the document created, renamed or made as a copy. */
  onDone: (documentId: string) => void;
}

/**
 * Asks for a document's title: to create a document, rename one or duplicate one. Creating
 * also shows the kind's own fields (a strategy's language and template, a media plan's
 * flight), which its kind registers.
 */
export function DocumentTitleDialog(props: DialogProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={props.title}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {props.mode.kind === 'create' ? (
        <Suspense fallback={<PageLoader label={t('app.loading')} />}>
          <CreateForm {...props} mode={props.mode} />
        </Suspense>
      ) : (
        <TitleForm {...props} create={undefined} />
      )}
    </Modal>
  );
}

function CreateForm(props: DialogProps & { mode: { kind: 'create'; documentKind: DocumentKind } }) {
  const kind = documentKindModule(props.mode.documentKind);
  const parts = kind ? use(loadKindParts(kind)) : undefined;
  return <TitleForm {...props} create={parts?.create} />;
}

function TitleForm({
  mode,
  onClose,
  onDone,
  create,
}: DialogProps & { create: KindCreateFields<unknown> | undefined }) {
  const { t, i18n } = useTranslation();
  const initial =
    mode.kind === 'rename'
      ? mode.document.title
      : mode.kind === 'duplicate'
        ? t('documents.list.copyOf', { title: mode.document.title })
        : '';
  const uiLanguage = i18n.resolvedLanguage ?? 'en';
  const [extra, setExtra] = useState<unknown>(() => create?.initial({ uiLanguage }));
  const [showErrors, setShowErrors] = useState(false);
  const mutations = useDocumentMutations();

  const submit = async (title: string) => {
    switch (mode.kind) {
      case 'create': {
        const { data } = await mutations.create({
          variables: {
            input: {
              brandId: mode.brandId,
              kind: mode.documentKind,
              title,
              ...(create ? create.toInput(extra) : {}),
            },
          },
        });
        if (!data) return;
        reset();
        onDone(data.createDocument.id);
        break;
      }
      case 'duplicate': {
        const { data } = await mutations.duplicate({
          variables: { input: { documentId: mode.document.id, title } },
        });
        if (!data) return;
        reset();
        onDone(data.duplicateDocument.id);
        break;
      }
      case 'rename':
        await mutations.rename({ variables: { input: { documentId: mode.document.id, title } } });
        onDone(mode.document.id);
        break;
    }
  };
  const form = useNameForm({
    initial,
    field: 'title',
    otherFields: create?.serverFields ?? [],
    submit,
  });

  function reset() {
    form.reset();
    setExtra(create?.initial({ uiLanguage }));
    setShowErrors(false);
  }

  const close = () => {
    reset();
    onClose();
  };

  const Fields = create?.Fields;
  return (
    <form
      onSubmit={(event) => {
        setShowErrors(true);
        if (create && !create.isValid(extra)) {
          event.preventDefault();
          // Still checks the title, so both problems show at once.
          if (!form.value.trim()) form.onSubmit(event);
          return;
        }
        form.onSubmit(event);
      }}
      noValidate
    >
      <Stack gap="md">
        <TextInput
          label={t('documents.titleField')}
          dir="auto"
          required
          maxLength={200}
          {...form.inputProps}
          data-autofocus
        />
        {Fields && (
          <Fields
            value={extra}
            onChange={setExtra}
            showErrors={showErrors}
            fieldError={form.problem.fieldError}
          />
        )}
        <FormAlert message={form.problem.formError} />
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={form.busy}>
            {mode.kind === 'create'
              ? t('documents.createSubmit')
              : mode.kind === 'duplicate'
                ? t('documents.list.duplicateSubmit')
                : t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
