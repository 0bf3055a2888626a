import { Group, NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { newId, type TermDraft } from '../../guideline-draft';
import {
  AddButton,
  DraftText,
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
              <DraftText
                multiline
                path={`${path}.terms`}
                label={
                  rule.kind === 'banned'
                    ? t('tone.guide.bannedWords')
                    : t('tone.guide.displacedWords')
                }
                description={t('tone.guide.termsFormat')}
                value={rule.terms}
                onChange={(value) => set(index, 'terms', value)}
                errorFor={errorFor}
              />
              <DraftText
                path={`${path}.replacement`}
                label={t('tone.guide.replacement')}
                description={
                  rule.kind === 'banned'
                    ? t('tone.guide.replacementOptional')
                    : t('tone.guide.replacementRequired')
                }
                value={rule.replacement}
                onChange={(value) => set(index, 'replacement', value)}
                errorFor={errorFor}
              />
            </Group>
            <DraftText
              path={`${path}.note`}
              label={t('tone.guide.note')}
              value={rule.note}
              onChange={(value) => set(index, 'note', value)}
              errorFor={errorFor}
            />
          </RowBox>
        );
      })}
      <AddButton
        label={t('tone.guide.addTerm')}
        editable={editable}
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
      />
    </Section>
  );
}
