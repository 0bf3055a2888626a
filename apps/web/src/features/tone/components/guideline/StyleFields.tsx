import { NETWORK_IDS, NETWORKS } from '@chorus/post-model';
import {
  Checkbox,
  Chip,
  Group,
  NativeSelect,
  NumberInput,
  Stack,
  Switch,
  Text,
  TextInput,
} from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { GuidelineDraft } from '../../guideline-draft';
import { fieldAttr, numberValue, Section, SeveritySelect, type SectionProps } from './fields';

type Toggled = 'emoji' | 'hashtags' | 'exclamations' | 'caps' | 'links' | 'length';

/** One optional rule: its switch, and its fields and severity while it is on. */
function RuleToggle({
  name,
  label,
  props,
  children,
}: {
  name: Toggled;
  label: string;
  props: SectionProps;
  children: ReactNode;
}) {
  const rule = props.draft[name];
  return (
    <Stack gap="xs">
      <Switch
        label={label}
        checked={rule.enabled}
        onChange={(event) => {
          const value = event.currentTarget.checked;
          props.update((next) => void (next[name].enabled = value));
        }}
        {...fieldAttr(name)}
      />
      {rule.enabled && (
        <Group align="flex-start" gap="sm" wrap="wrap" ps="xl">
          {children}
          <SeveritySelect
            value={rule.severity}
            onChange={(value) => props.update((next) => void (next[name].severity = value))}
            path={name}
            errorFor={props.errorFor}
          />
        </Group>
      )}
    </Stack>
  );
}

/** Emoji, hashtags, exclamation marks, capitals, links and length. */
export function StyleFields(props: SectionProps) {
  const { t } = useTranslation();
  const { draft, update, errorFor } = props;
  const count = (
    path: string,
    label: string,
    value: number | '',
    set: (next: GuidelineDraft, value: number | '') => void,
    min = 0,
  ) => (
    <NumberInput
      label={label}
      value={value}
      min={min}
      allowDecimal={false}
      onChange={(raw) => update((next) => set(next, numberValue(raw)))}
      error={errorFor(path)}
      w={160}
      {...fieldAttr(path)}
    />
  );
  const text = (
    path: string,
    label: string,
    value: string,
    set: (next: GuidelineDraft, value: string) => void,
    description?: string,
  ) => (
    <TextInput
      label={label}
      description={description}
      dir="auto"
      value={value}
      onChange={(event) => {
        const typed = event.currentTarget.value;
        update((next) => set(next, typed));
      }}
      error={errorFor(path)}
      miw={260}
      {...fieldAttr(path)}
    />
  );

  return (
    <Section legend={t('tone.guide.style')} hint={t('tone.guide.styleHint')}>
      <RuleToggle name="emoji" label={t('tone.guide.emoji')} props={props}>
        <NativeSelect
          label={t('tone.guide.emojiPolicy')}
          value={draft.emoji.policy}
          onChange={(event) => {
            const value = event.currentTarget.value as GuidelineDraft['emoji']['policy'];
            update((next) => void (next.emoji.policy = value));
          }}
          data={[
            { value: 'none', label: t('tone.guide.emojiNone') },
            { value: 'max', label: t('tone.guide.emojiMax') },
            { value: 'allow-list', label: t('tone.guide.emojiAllowList') },
          ]}
          error={errorFor('emoji.policy')}
          {...fieldAttr('emoji.policy')}
        />
        {draft.emoji.policy === 'max' &&
          count('emoji.max', t('tone.guide.atMost'), draft.emoji.max, (next, v) => {
            next.emoji.max = v;
          })}
        {draft.emoji.policy === 'allow-list' &&
          text('emoji.allowed', t('tone.guide.emojiAllowed'), draft.emoji.allowed, (next, v) => {
            next.emoji.allowed = v;
          })}
      </RuleToggle>
      <RuleToggle name="hashtags" label={t('tone.guide.hashtags')} props={props}>
        {count('hashtags.max', t('tone.guide.atMost'), draft.hashtags.max, (next, v) => {
          next.hashtags.max = v;
        })}
        {text(
          'hashtags.required',
          t('tone.guide.hashtagsRequired'),
          draft.hashtags.required,
          (next, v) => {
            next.hashtags.required = v;
          },
          t('tone.guide.spaceSeparated'),
        )}
        {text(
          'hashtags.banned',
          t('tone.guide.hashtagsBanned'),
          draft.hashtags.banned,
          (next, v) => {
            next.hashtags.banned = v;
          },
          t('tone.guide.spaceSeparated'),
        )}
      </RuleToggle>
      <RuleToggle name="exclamations" label={t('tone.guide.exclamations')} props={props}>
        {count('exclamations.max', t('tone.guide.atMost'), draft.exclamations.max, (next, v) => {
          next.exclamations.max = v;
        })}
        <Checkbox
          label={t('tone.guide.noRepeats')}
          checked={draft.exclamations.noRepeats}
          onChange={(event) => {
            const value = event.currentTarget.checked;
            update((next) => void (next.exclamations.noRepeats = value));
          }}
          mt="xl"
        />
      </RuleToggle>
      <RuleToggle name="caps" label={t('tone.guide.caps')} props={props}>
        {count('caps.maxWords', t('tone.guide.capsMax'), draft.caps.maxWords, (next, v) => {
          next.caps.maxWords = v;
        })}
        {text(
          'caps.allowed',
          t('tone.guide.capsAllowed'),
          draft.caps.allowed,
          (next, v) => {
            next.caps.allowed = v;
          },
          t('tone.guide.spaceSeparated'),
        )}
      </RuleToggle>
      <RuleToggle name="links" label={t('tone.guide.links')} props={props}>
        {text(
          'links.exemptHosts',
          t('tone.guide.exemptHosts'),
          draft.links.exemptHosts,
          (next, v) => {
            next.links.exemptHosts = v;
          },
          t('tone.guide.spaceSeparated'),
        )}
      </RuleToggle>
      <RuleToggle name="length" label={t('tone.guide.length')} props={props}>
        <Stack gap={4}>
          <Text size="sm" fw={500} id="tone-length-networks">
            {t('tone.guide.lengthNetworks')}
          </Text>
          <Chip.Group
            multiple
            value={draft.length.networks}
            onChange={(value) => update((next) => void (next.length.networks = value))}
          >
            <Group gap={6} role="group" aria-labelledby="tone-length-networks">
              {NETWORK_IDS.map((network) => (
                <Chip key={network} value={network} size="xs">
                  {NETWORKS[network].label}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
        </Stack>
        {count(
          'length.maxCharacters',
          t('tone.guide.maxCharacters'),
          draft.length.maxCharacters,
          (next, v) => {
            next.length.maxCharacters = v;
          },
          1,
        )}
      </RuleToggle>
    </Section>
  );
}
