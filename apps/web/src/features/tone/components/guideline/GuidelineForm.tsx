import { ToneRuleError, validateGuide, type ToneGuide } from '@chorus/tone-check';
import { Button, Fieldset, Group, NumberInput, Stack } from '@mantine/core';
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../../ui';
import {
  draftFromGuide,
  formField,
  toGuideInput,
  type GuidelineDraft,
} from '../../guideline-draft';
import { fieldAttr, numberValue, Section } from './fields';
import { StyleFields } from './StyleFields';
import { TermsFields } from './TermsFields';
import { EscalationFields, ReadabilityFields, TemplatesFields } from './TopicsFields';
import { AddressFields, TraitsFields } from './VoiceFields';

/** A problem with one field of the guideline: the validator's (or the server's) code and path. */
export interface GuideProblem {
  /** The form's path of the field (`terms[2].replacement`), or null for the whole guideline. */
  field: string | null;
  /** A `ToneRuleErrorCode` (the server sends it as `extensions.rule`). */
  code: string;
}

export interface GuidelineFormProps {
  /** The stored guideline the form starts from (key the form by version to start again). */
  initial: ToneGuide;
  editable: boolean;
  busy?: boolean;
  /** Called with the validated guideline. */
  onSubmit: (guide: ToneGuide) => void;
  /** The server's refusal of the last save, mapped to a field; cleared by the caller on the next save. */
  serverProblem?: GuideProblem | null;
  /** A problem that belongs to no field (a conflict, a network failure). */
  formError?: string;
  status?: ReactNode;
}

const clone = (draft: GuidelineDraft): GuidelineDraft =>
  JSON.parse(JSON.stringify(draft)) as GuidelineDraft;

/** The message of a guideline problem in the reader's language. */
export function useGuideProblemText(): (code: string) => string {
  const { t } = useTranslation();
  return (code) =>
    t(`tone.ruleError.${code}` as 'tone.ruleError.invalid_field', {
      defaultValue: t('tone.ruleError.invalid_field'),
      example: '{{name}}',
    });
}

/**
 * The brand's tone-of-voice guideline as a form: thresholds, voice traits, form of address per
 * language, terms, style rules, readability, escalation topics, reply templates. Checked with
 * the package's validator before anything is sent; the first problem is shown at its field
 * and focused. Read-only (every input disabled) for people who may only read it.
 */
export function GuidelineForm({
  initial,
  editable,
  busy = false,
  onSubmit,
  serverProblem = null,
  formError,
  status,
}: GuidelineFormProps) {
  const { t } = useTranslation();
  const problemText = useGuideProblemText();
  const [draft, setDraft] = useState(() => draftFromGuide(initial));
  const [problem, setProblem] = useState<GuideProblem | null>(null);
  const form = useRef<HTMLFormElement>(null);

  // The server's refusal of the last save shows until the next attempt (the caller clears it
  // when it sends again); the form's own check wins while it finds a problem.
  // The server names fields by the validator's paths, as sent: mapped like the form's own.
  const shown =
    problem ??
    (serverProblem && {
      ...serverProblem,
      field: serverProblem.field && formField(serverProblem.field, toGuideInput(draft).fields),
    });

  // Focus the field with the problem, so the person lands where it is.
  useEffect(() => {
    const field = shown?.field;
    if (!field || !form.current) return;
    const fields = [...form.current.querySelectorAll<HTMLElement>('[data-guide-field]')];
    const target =
      fields.find((element) => element.dataset.guideField === field) ??
      fields.find((element) => field.startsWith(`${element.dataset.guideField!}[`)) ??
      fields.find((element) => field.startsWith(`${element.dataset.guideField!}.`));
    target?.focus();
    // Only when a new problem arrives, not on every keystroke that follows it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [problem, serverProblem]);

  const update = (recipe: (next: GuidelineDraft) => void) => {
    setDraft((current) => {
      const next = clone(current);
      recipe(next);
      return next;
    });
  };

  const errorFor = (path: string): string | undefined => {
    const field = shown?.field;
    if (!field || !shown) return undefined;
    return field === path || field.startsWith(`${path}[`) ? problemText(shown.code) : undefined;
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { input, fields } = toGuideInput(draft);
    try {
      const guide = validateGuide(input);
      setProblem(null);
      onSubmit(guide);
    } catch (error) {
      if (!(error instanceof ToneRuleError)) throw error;
      setProblem({ field: formField(error.field, fields), code: error.code });
    }
  };

  const sectionProps = { draft, update, errorFor, editable };
  const unplaced = shown && (shown.field === null || shown.field === 'guide');

  return (
    <form ref={form} onSubmit={submit} noValidate aria-label={t('tone.guide.formLabel')}>
      <Fieldset disabled={!editable || busy} variant="unstyled">
        <Stack gap="md">
          <Section legend={t('tone.guide.thresholds')} hint={t('tone.guide.thresholdsHint')}>
            <Group align="flex-start">
              <NumberInput
                label={t('tone.guide.blockBelow')}
                value={draft.blockBelow}
                min={0}
                max={100}
                clampBehavior="none"
                onChange={(raw) => update((next) => void (next.blockBelow = numberValue(raw)))}
                error={errorFor('thresholds.blockBelow')}
                {...fieldAttr('thresholds.blockBelow')}
              />
              <NumberInput
                label={t('tone.guide.warnBelow')}
                value={draft.warnBelow}
                min={0}
                max={100}
                clampBehavior="none"
                onChange={(raw) => update((next) => void (next.warnBelow = numberValue(raw)))}
                error={errorFor('thresholds.warnBelow')}
                {...fieldAttr('thresholds.warnBelow')}
              />
            </Group>
          </Section>
          <TraitsFields {...sectionProps} />
          <AddressFields {...sectionProps} />
          <TermsFields {...sectionProps} />
          <StyleFields {...sectionProps} />
          <ReadabilityFields {...sectionProps} />
          <EscalationFields {...sectionProps} />
          <TemplatesFields {...sectionProps} />
        </Stack>
      </Fieldset>
      <Stack gap="sm" mt="md">
        {shown && (
          <FormAlert
            message={
              unplaced
                ? problemText(shown.code)
                : t('tone.guide.fixField', { message: problemText(shown.code) })
            }
          />
        )}
        <FormAlert message={formError} />
        {editable && (
          <Group justify="flex-end">
            {status}
            <Button type="submit" loading={busy}>
              {t('tone.guide.save')}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
