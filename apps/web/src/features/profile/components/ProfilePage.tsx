import { Button, NativeSelect, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { languages } from '../../../i18n';
import { FormAlert, Page, PageLoader, useNameForm } from '../../../ui';
import { useMe } from '../../auth';
import { useUpdateProfile } from '../hooks/use-update-profile';
import { browserTimeZone, timeZones } from '../time-zones';
import { NotificationPreferences } from '../../notifications';

/** One's own display name, interface language and time zone. */
export function ProfilePage() {
  const { t } = useTranslation();
  const { me } = useMe();
  if (!me) return <PageLoader label={t('app.loading')} />;
  return <ProfileForm key={me.id} me={me} />;
}

interface Me {
  displayName: string;
  interfaceLanguage?: string | null;
  timeZone?: string | null;
}

function ProfileForm({ me }: { me: Me }) {
  const { t } = useTranslation();
  const [language, setLanguage] = useState(me.interfaceLanguage ?? '');
  const [zone, setZone] = useState(me.timeZone ?? '');
  const [saved, setSaved] = useState(false);
  const { save } = useUpdateProfile();
  const form = useNameForm({
    initial: me.displayName,
    field: 'displayName',
    otherFields: ['interfaceLanguage', 'timeZone'],
    missingMessage: t('profile.displayNameMissing'),
    submit: async (displayName) => {
      await save({ displayName, interfaceLanguage: language || null, timeZone: zone || null });
      setSaved(true);
    },
  });
  const { problem } = form;

  return (
    <Page title={t('profile.title')}>
      <Paper withBorder p="lg" maw={520}>
        <form
          onSubmit={(event) => {
            setSaved(false);
            form.onSubmit(event);
          }}
          noValidate
        >
          <Stack gap="md">
            <TextInput
              label={t('profile.displayName')}
              description={t('profile.displayNameHint')}
              dir="auto"
              name="displayName"
              required
              maxLength={100}
              {...form.inputProps}
            />
            <NativeSelect
              label={t('profile.language')}
              description={t('profile.languageHint')}
              name="interfaceLanguage"
              value={language}
              onChange={(event) => setLanguage(event.currentTarget.value)}
              error={problem.fieldError('interfaceLanguage')}
              data={[
                { value: '', label: t('profile.languageBrowser') },
                ...languages.map((l) => ({ value: l.code, label: l.name })),
              ]}
            />
            <NativeSelect
              label={t('profile.timeZone')}
              name="timeZone"
              value={zone}
              onChange={(event) => setZone(event.currentTarget.value)}
              error={problem.fieldError('timeZone')}
              data={[
                { value: '', label: t('profile.timeZoneBrowser', { zone: browserTimeZone() }) },
                ...timeZones(me.timeZone).map((z) => ({ value: z, label: z })),
              ]}
            />
            <FormAlert message={problem.formError} />
            {saved && (
              <Text role="status" fw={600}>
                {t('profile.saved')}
              </Text>
            )}
            <div>
              <Button type="submit" loading={form.busy}>
                {t('profile.save')}
              </Button>
            </div>
          </Stack>
        </form>
      </Paper>
      <NotificationPreferences />
    </Page>
  );
}
