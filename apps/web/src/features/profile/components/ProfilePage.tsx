import { Button, NativeSelect, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormProblem } from '../../../errors';
import { languages } from '../../../i18n';
import { FormAlert, Page, PageLoader } from '../../../ui';
import { useMe } from '../../auth';
import { useUpdateProfile } from '../hooks/use-update-profile';
import { browserTimeZone, timeZones } from '../time-zones';

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
  const [displayName, setDisplayName] = useState(me.displayName);
  const [language, setLanguage] = useState(me.interfaceLanguage ?? '');
  const [zone, setZone] = useState(me.timeZone ?? '');
  const [saved, setSaved] = useState(false);
  const [missing, setMissing] = useState(false);
  const { save, saving } = useUpdateProfile();
  const problem = useFormProblem(['displayName', 'interfaceLanguage', 'timeZone']);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    problem.clear();
    setSaved(false);
    setMissing(!displayName.trim());
    if (!displayName.trim()) return;
    try {
      await save({
        displayName: displayName.trim(),
        interfaceLanguage: language || null,
        timeZone: zone || null,
      });
      setSaved(true);
    } catch (error) {
      problem.fail(error);
    }
  };

  return (
    <Page title={t('profile.title')}>
      <Paper withBorder p="lg" maw={520}>
        <form onSubmit={(event) => void onSubmit(event)} noValidate>
          <Stack gap="md">
            <TextInput
              label={t('profile.displayName')}
              description={t('profile.displayNameHint')}
              dir="auto"
              name="displayName"
              required
              maxLength={100}
              value={displayName}
              onChange={(event) => setDisplayName(event.currentTarget.value)}
              error={missing ? t('profile.displayNameMissing') : problem.fieldError('displayName')}
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
              <Button type="submit" loading={saving}>
                {t('profile.save')}
              </Button>
            </div>
          </Stack>
        </form>
      </Paper>
    </Page>
  );
}
