import { LANGUAGES, type Severity } from '@chorus/tone-check';
import {
  Button,
  Fieldset,
  Group,
  NativeSelect,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DangerButton } from '../../../../ui';
import type { GuidelineDraft } from '../../guideline-draft';

/** What every section of the guideline form receives. */
export interface SectionProps {
  draft: GuidelineDraft;
  /** Changes the draft: the recipe edits a copy. */
  update: (recipe: (draft: GuidelineDraft) => void) => void;
  /** The problem with a field (its form path, e.g. `terms[2].replacement`), if any. */
  errorFor: (path: string) => string | undefined;
  editable: boolean;
}

/** The attribute the form finds a field by, to focus the first one with a problem. */
export const fieldAttr = (path: string) => ({ 'data-guide-field': path });

export function SeveritySelect({
  value,
  onChange,
  path,
  errorFor,
}: {
  value: Severity;
  onChange: (value: Severity) => void;
  path: string;
  errorFor: (path: string) => string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <NativeSelect
      label={t('tone.guide.severity')}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value as Severity)}
      data={[
        { value: 'required', label: t('tone.severity.required') },
        { value: 'recommended', label: t('tone.severity.recommended') },
      ]}
      error={errorFor(`${path}.severity`)}
      {...fieldAttr(`${path}.severity`)}
    />
  );
}

export function LanguageSelect({
  value,
  onChange,
  all,
  path,
  errorFor,
}: {
  value: string;
  onChange: (value: string) => void;
  all?: boolean;
  path: string;
  errorFor: (path: string) => string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <NativeSelect
      label={t('tone.guide.language')}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      data={[
        ...(all ? [{ value: 'all', label: t('tone.guide.allLanguages') }] : []),
        ...LANGUAGES.map((code) => ({ value: code, label: t(`tone.languages.${code}`) })),
      ]}
      error={errorFor(`${path}.language`)}
      {...fieldAttr(`${path}.language`)}
    />
  );
}

/** A titled group of fields (a fieldset with its legend) with an optional hint. */
export function Section({
  legend,
  hint,
  children,
}: {
  legend: string;
  hint?: string;
  children: ReactNode;
}) {
  return (
    <Fieldset legend={legend} variant="filled">
      <Stack gap="sm">
        {hint && <Text size="sm">{hint}</Text>}
        {children}
      </Stack>
    </Fieldset>
  );
}

/** One row of a list of rules, with its remove button for editors. */
export function RowBox({
  legend,
  onRemove,
  editable,
  children,
}: {
  legend: string;
  onRemove: () => void;
  editable: boolean;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Fieldset legend={legend}>
      <Stack gap="xs">
        {children}
        {editable && (
          <Group justify="flex-end">
            <DangerButton
              onClick={onRemove}
              aria-label={t('tone.guide.removeNamed', { name: legend })}
            >
              {t('tone.guide.remove')}
            </DangerButton>
          </Group>
        )}
      </Stack>
    </Fieldset>
  );
}

/** A number input's value as the draft keeps it ('' when empty). */
export function numberValue(value: string | number): number | '' {
  if (value === '' || value === null) return '';
  const parsed = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(parsed) ? parsed : '';
}

/** A text field of the draft: its label, the problem at its path, its own direction. */
export function DraftText({
  path,
  label,
  description,
  value,
  onChange,
  errorFor,
  multiline = false,
}: {
  path: string;
  label: string;
  description?: string;
  value: string;
  onChange: (value: string) => void;
  errorFor: (path: string) => string | undefined;
  /** A textarea (lists, one item per line) rather than a line. */
  multiline?: boolean;
}) {
  const props = {
    label,
    description,
    dir: 'auto',
    value,
    error: errorFor(path),
    ...fieldAttr(path),
  };
  return multiline ? (
    <Textarea
      autosize
      minRows={2}
      onChange={(event) => onChange(event.currentTarget.value)}
      {...props}
    />
  ) : (
    <TextInput onChange={(event) => onChange(event.currentTarget.value)} {...props} />
  );
}

/** "Add …" under a list of rules, for editors. */
export function AddButton({
  label,
  editable,
  onClick,
}: {
  label: string;
  editable: boolean;
  onClick: () => void;
}) {
  if (!editable) return null;
  return (
    <Group>
      <Button variant="light" size="compact-sm" onClick={onClick}>
        {label}
      </Button>
    </Group>
  );
}
