import { Alert, Checkbox, NativeSelect, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NotificationEmailMode } from '../../../gql/graphql';
import { useNotificationPreferences } from '../hooks/use-notification-preferences';

/** The profile's section: per kind, in the notification centre, by email, at once or daily. */
export function NotificationPreferences() {
  const { t } = useTranslation();
  const { preferences, loading, save } = useNotificationPreferences();
  const [failed, setFailed] = useState(false);
  const change = (input: Parameters<typeof save>[0]) => {
    setFailed(false);
    void save(input).catch(() => setFailed(true));
  };
  return (
    <Paper
      withBorder
      p="lg"
      maw={720}
      mt="lg"
      component="section"
      aria-labelledby="notification-preferences"
    >
      <Stack gap="sm">
        <Title order={2} size="h4" id="notification-preferences">
          {t('notifications.preferences.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('notifications.preferences.intro')}
        </Text>
        {failed && <Alert color="red">{t('notifications.preferences.saveFailed')}</Alert>}
        {!loading && (
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('notifications.preferences.kind')}</Table.Th>
                <Table.Th>{t('notifications.preferences.inApp')}</Table.Th>
                <Table.Th>{t('notifications.preferences.email')}</Table.Th>
                <Table.Th>{t('notifications.preferences.when')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {preferences.map((preference) => {
                const label = t(
                  preference.titleKey.replace(
                    /\.title$/,
                    '.label',
                  ) as 'notifications.kinds.post_assigned.label',
                );
                const base = {
                  kind: preference.kind,
                  inApp: preference.inApp,
                  email: preference.email,
                  emailMode: preference.emailMode,
                };
                return (
                  <Table.Tr key={preference.kind}>
                    <Table.Td>{label}</Table.Td>
                    <Table.Td>
                      <Checkbox
                        aria-label={`${label}: ${t('notifications.preferences.inApp')}`}
                        checked={preference.inApp}
                        onChange={(event) =>
                          change({ ...base, inApp: event.currentTarget.checked })
                        }
                      />
                    </Table.Td>
                    <Table.Td>
                      <Checkbox
                        aria-label={`${label}: ${t('notifications.preferences.email')}`}
                        checked={preference.email}
                        onChange={(event) =>
                          change({ ...base, email: event.currentTarget.checked })
                        }
                      />
                    </Table.Td>
                    <Table.Td>
                      <NativeSelect
                        aria-label={`${label}: ${t('notifications.preferences.when')}`}
                        disabled={!preference.email}
                        value={preference.emailMode}
                        onChange={(event) =>
                          change({
                            ...base,
                            emailMode: event.currentTarget.value as NotificationEmailMode,
                          })
                        }
                        data={[
                          { value: 'IMMEDIATE', label: t('notifications.preferences.immediate') },
                          { value: 'DAILY', label: t('notifications.preferences.daily') },
                        ]}
                      />
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Paper>
  );
}
