import { Button, Group, NativeSelect, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { newId, type TermDraft } from '../../guideline-draft';
import {
  fieldAttr,
  LanguageSelect,
  RowBox,
  Section,
  SeveritySelect,
  type SectionProps,
} from './fields';

/** Banned and preferred terms, each with its replacement, language and severity. */
export function TermsFields({ draft, update, errorFor, editable }: SectionProps) {
  const { t } = useTranslation();
  const set = <K extends keyof TermDraft>(index: number, key: K, value: TermDraft[K]) =>
    update((next) => void (next.terms[index]![key] = value));
  return (
    <Section legend={t('tone.guide.terms')} hint={t('tone.guide.termsHint')}>
      {draft.terms.map((rule, index) => {
        const path = `terms[${index}]`;
        const first = rule.terms.split('\n')[0]?.trim();
        return (
          <RowBox
            key={rule.id}
            legend={first || t('tone.guide.termNumber', { number: index + 1 })}
            editable={editable}
            onRemove={() => update((next) => void next.terms.splice(index, 1))}
          >
            <Group grow align="flex-start">
              <NativeSelect
                label={t('tone.guide.termKind')}
                value={rule.kind}
                onChange={(event) =>
                  set(index, 'kind', event.currentTarget.value as TermDraft['kind'])
                }
                data={[
                  { value: 'banned', label: t('tone.guide.banned') },
                  { value: 'preferred', label: t('tone.guide.preferred') },
                ]}
                error={errorFor(`${path}.kind`)}
                {...fieldAttr(`${path}.kind`)}
              />
              <LanguageSelect
                value={rule.language}
                all
                onChange={(value) => set(index, 'language', value as TermDraft['language'])}
                path={path}
                errorFor={errorFor}
              />
              <SeveritySelect
                value={rule.severity}
                onChange={(value) => set(index, 'severity', value)}
                path={path}
                errorFor={errorFor}
              />
            </Group>
            <Group grow align="flex-start">
              <Textarea
                label={
                  rule.kind === 'banned'
                    ? t('tone.guide.bannedWords')
                    : t('tone.guide.displacedWords')
                }
                description={t('tone.guide.termsFormat')}
                dir="auto"
                autosize
                minRows={2}
                value={rule.terms}
                onChange={(event) => set(index, 'terms', event.currentTarget.value)}
                error={errorFor(`${path}.terms`)}
                {...fieldAttr(`${path}.terms`)}
              />
              <TextInput
                label={t('tone.guide.replacement')}
                description={
                  rule.kind === 'banned'
                    ? t('tone.guide.replacementOptional')
                    : t('tone.guide.replacementRequired')
                }
                dir="auto"
                value={rule.replacement}
                onChange={(event) => set(index, 'replacement', event.currentTarget.value)}
                error={errorFor(`${path}.replacement`)}
                {...fieldAttr(`${path}.replacement`)}
              />
            </Group>
            <TextInput
              label={t('tone.guide.note')}
              dir="auto"
              value={rule.note}
              onChange={(event) => set(index, 'note', event.currentTarget.value)}
              error={errorFor(`${path}.note`)}
              {...fieldAttr(`${path}.note`)}
            />
          </RowBox>
        );
      })}
      {editable && (
        <Group>
          <Button
            variant="light"
            size="compact-sm"
            onClick={() =>
              update((next) =>
                next.terms.push({
                  id: newId('term'),
                  severity: 'required',
                  kind: 'banned',
                  language: 'all',
                  terms: '',
                  replacement: '',
                  note: '',
                }),
              )
            }
          >
            {t('tone.guide.addTerm')}
          </Button>
        </Group>
      )}
    </Section>
  );
}
