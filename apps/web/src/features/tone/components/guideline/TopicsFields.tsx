import { READABILITY_LANGUAGES, templateSlots, type Language } from '@chorus/tone-check';
import { Checkbox, Group, NumberInput, Switch, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { newId } from '../../guideline-draft';
import {
  AddButton,
  DraftText,
  fieldAttr,
  LanguageSelect,
  numberValue,
  RowBox,
  Section,
  SeveritySelect,
  type SectionProps,
} from './fields';

/** A reading-ease target where a formula exists (English, Ukrainian); the others say why not. */
export function ReadabilityFields({ draft, update, errorFor }: SectionProps) {
  const { t } = useTranslation();
  return (
    <Section legend={t('tone.guide.readability')} hint={t('tone.guide.readabilityHint')}>
      {READABILITY_LANGUAGES.map((language) => {
        const rule = draft.readability[language];
        const path = `readability.${language}`;
        return (
          <Group key={language} align="flex-end" gap="sm" wrap="wrap">
            <Switch
              label={t(`tone.languages.${language}`)}
              checked={rule.enabled}
              onChange={(event) => {
                const value = event.currentTarget.checked;
                update((next) => void (next.readability[language].enabled = value));
              }}
              mb={8}
              miw={140}
            />
            {rule.enabled && (
              <>
                <NumberInput
                  label={t('tone.guide.minScore')}
                  value={rule.minScore}
                  min={0}
                  max={100}
                  clampBehavior="none"
                  onChange={(raw) =>
                    update((next) => void (next.readability[language].minScore = numberValue(raw)))
                  }
                  error={errorFor(`${path}.minScore`)}
                  w={160}
                  {...fieldAttr(`${path}.minScore`)}
                />
                <SeveritySelect
                  value={rule.severity}
                  onChange={(value) =>
                    update((next) => void (next.readability[language].severity = value))
                  }
                  path={path}
                  errorFor={errorFor}
                />
              </>
            )}
          </Group>
        );
      })}
      <Text size="sm">{t('tone.guide.readabilityOthers')}</Text>
    </Section>
  );
}

/** Phrases that route a post or a reply to the chief expert. */
export function EscalationFields({ draft, update, errorFor, editable }: SectionProps) {
  const { t } = useTranslation();
  return (
    <Section legend={t('tone.guide.escalation')} hint={t('tone.guide.escalationHint')}>
      {draft.escalation.map((topic, index) => {
        const path = `escalation[${index}]`;
        return (
          <RowBox
            key={topic.id}
            legend={topic.name || t('tone.guide.topicNumber', { number: index + 1 })}
            editable={editable}
            onRemove={() => update((next) => void next.escalation.splice(index, 1))}
          >
            <Group grow align="flex-start">
              <DraftText
                path={`${path}.name`}
                label={t('tone.guide.topicName')}
                value={topic.name}
                onChange={(value) => update((next) => void (next.escalation[index]!.name = value))}
                errorFor={errorFor}
              />
              <LanguageSelect
                value={topic.language}
                all
                onChange={(value) =>
                  update((next) => void (next.escalation[index]!.language = value as Language))
                }
                path={path}
                errorFor={errorFor}
              />
            </Group>
            <DraftText
              multiline
              path={`${path}.terms`}
              label={t('tone.guide.topicTerms')}
              description={t('tone.guide.termsFormat')}
              value={topic.terms}
              onChange={(value) => update((next) => void (next.escalation[index]!.terms = value))}
              errorFor={errorFor}
            />
          </RowBox>
        );
      })}
      <AddButton
        label={t('tone.guide.addTopic')}
        editable={editable}
        onClick={() =>
          update((next) =>
            next.escalation.push({
              id: newId('topic'),
              severity: 'recommended',
              name: '',
              language: 'all',
              terms: '',
            }),
          )
        }
      />
    </Section>
  );
}

/** Reply templates for moderators, with `{{variables}}` found in the body. */
export function TemplatesFields({ draft, update, errorFor, editable }: SectionProps) {
  const { t } = useTranslation();
  return (
    <Section
      legend={t('tone.guide.templates')}
      hint={t('tone.guide.templatesHint', { example: '{{name}}' })}
    >
      {draft.templates.map((template, index) => {
        const path = `templates[${index}]`;
        const slots = templateSlots(template.body);
        return (
          <RowBox
            key={template.id}
            legend={template.name || t('tone.guide.templateNumber', { number: index + 1 })}
            editable={editable}
            onRemove={() => update((next) => void next.templates.splice(index, 1))}
          >
            <Group grow align="flex-start">
              <DraftText
                path={`${path}.name`}
                label={t('tone.guide.templateName')}
                value={template.name}
                onChange={(value) => update((next) => void (next.templates[index]!.name = value))}
                errorFor={errorFor}
              />
              <LanguageSelect
                value={template.language}
                onChange={(value) =>
                  update((next) => void (next.templates[index]!.language = value as Language))
                }
                path={path}
                errorFor={errorFor}
              />
            </Group>
            <Textarea
              label={t('tone.guide.templateBody')}
              description={t('tone.guide.templateBodyHint', {
                example: '{{customer_name}}, {{order_id}}',
              })}
              dir="auto"
              autosize
              minRows={3}
              value={template.body}
              onChange={(event) => {
                const value = event.currentTarget.value;
                update((next) => void (next.templates[index]!.body = value));
              }}
              error={errorFor(`${path}.body`) ?? errorFor(`${path}.variables`)}
              {...fieldAttr(`${path}.body`)}
            />
            {slots.length > 0 && (
              <Group gap="md">
                {slots.map((slot) => (
                  <Checkbox
                    key={slot}
                    label={t('tone.guide.variableRequired', { name: slot })}
                    checked={template.required[slot] ?? true}
                    onChange={(event) => {
                      const value = event.currentTarget.checked;
                      update((next) => void (next.templates[index]!.required[slot] = value));
                    }}
                  />
                ))}
              </Group>
            )}
          </RowBox>
        );
      })}
      <AddButton
        label={t('tone.guide.addTemplate')}
        editable={editable}
        onClick={() =>
          update((next) =>
            next.templates.push({
              id: newId('template'),
              name: '',
              language: 'en',
              body: '',
              required: {},
            }),
          )
        }
      />
    </Section>
  );
}
