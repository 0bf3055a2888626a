import { ADDRESS_CHOICES } from '@chorus/tone-check';
import { Checkbox, Group, NativeSelect, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ADDRESS_LANGUAGES, newId } from '../../guideline-draft';
import {
  AddButton,
  DraftText,
  fieldAttr,
  RowBox,
  Section,
  SeveritySelect,
  type SectionProps,
} from './fields';

/** Voice traits with do / don't examples: guidance shown to writers, never checked. */
export function TraitsFields({ draft, update, errorFor, editable }: SectionProps) {
  const { t } = useTranslation();
  return (
    <Section legend={t('tone.guide.traits')} hint={t('tone.guide.traitsHint')}>
      {draft.traits.map((trait, index) => {
        const path = `traits[${index}]`;
        return (
          <RowBox
            key={trait.id}
            legend={trait.name || t('tone.guide.traitNumber', { number: index + 1 })}
            editable={editable}
            onRemove={() => update((next) => void next.traits.splice(index, 1))}
          >
            <DraftText
              path={`${path}.name`}
              label={t('tone.guide.traitName')}
              value={trait.name}
              onChange={(value) => update((next) => void (next.traits[index]!.name = value))}
              errorFor={errorFor}
            />
            <DraftText
              path={`${path}.description`}
              label={t('tone.guide.traitDescription')}
              value={trait.description}
              onChange={(value) => update((next) => void (next.traits[index]!.description = value))}
              errorFor={errorFor}
            />
            <Group grow align="flex-start">
              <DraftText
                multiline
                path={`${path}.do`}
                label={t('tone.guide.traitDo')}
                description={t('tone.guide.onePerLine')}
                value={trait.do}
                onChange={(value) => update((next) => void (next.traits[index]!.do = value))}
                errorFor={errorFor}
              />
              <DraftText
                multiline
                path={`${path}.dont`}
                label={t('tone.guide.traitDont')}
                description={t('tone.guide.onePerLine')}
                value={trait.dont}
                onChange={(value) => update((next) => void (next.traits[index]!.dont = value))}
                errorFor={errorFor}
              />
            </Group>
          </RowBox>
        );
      })}
      <AddButton
        label={t('tone.guide.addTrait')}
        editable={editable}
        onClick={() =>
          update((next) =>
            next.traits.push({ id: newId('trait'), name: '', description: '', do: '', dont: '' }),
          )
        }
      />
    </Section>
  );
}

/** The form of address per language (English has none to choose). */
export function AddressFields({ draft, update, errorFor }: SectionProps) {
  const { t } = useTranslation();
  return (
    <Section legend={t('tone.guide.address')} hint={t('tone.guide.addressHint')}>
      {ADDRESS_LANGUAGES.map((language) => {
        const rule = draft.address[language];
        const path = `address.${language}`;
        return (
          <Group key={language} align="flex-end" gap="sm" wrap="wrap">
            <NativeSelect
              label={t(`tone.languages.${language}`)}
              value={rule.choice}
              onChange={(event) => {
                const value = event.currentTarget.value;
                update((next) => void (next.address[language].choice = value));
              }}
              data={[
                { value: '', label: t('tone.guide.addressNone') },
                ...(ADDRESS_CHOICES[language] as readonly string[]).map((choice) => ({
                  value: choice,
                  // Each language's own choices (ADDRESS_CHOICES) are the keys under it.
                  label: t(`tone.address.${language}.${choice}` as 'tone.address.uk.formal'),
                })),
              ]}
              error={errorFor(`${path}.choice`) ?? errorFor(`${path}.language`)}
              {...fieldAttr(`${path}.choice`)}
              miw={240}
            />
            {rule.choice !== '' && (
              <SeveritySelect
                value={rule.severity}
                onChange={(value) =>
                  update((next) => void (next.address[language].severity = value))
                }
                path={path}
                errorFor={errorFor}
              />
            )}
            {language === 'uk' && rule.choice === 'formal' && (
              <Checkbox
                label={t('tone.guide.capitalise')}
                checked={rule.capitalise}
                onChange={(event) => {
                  const value = event.currentTarget.checked;
                  update((next) => void (next.address.uk.capitalise = value));
                }}
                mb={8}
              />
            )}
          </Group>
        );
      })}
      <Text size="sm">{t('tone.guide.addressEnglish')}</Text>
    </Section>
  );
}
