import { Button, Code, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { readProblem, useProblemMessage } from '../../../errors';
import { useFormatters } from '../../../i18n';
import { ConfirmDialog, FormAlert, useConfirmedAction } from '../../../ui';
import {
  useCreateKpiApiToken,
  useKpiApiTokens,
  useRevokeKpiApiToken,
} from '../hooks/use-integrations';
import { SecretReveal } from './SecretReveal';

/** The address scripts post actuals to, and a request a reader can copy. */
export function kpiActualsEndpoint(origin: string, brandId: string): string {
  return `${origin}/api/brands/${brandId}/kpis/actuals`;
}

/**
 * Personal API tokens for posting the brand's KPI actuals from scripts (whoever may enter
 * actuals): make one (its secret shown once), see when each was last used, revoke. Integration
 * managers see and revoke everyone's.
 */
export function KpiApiTokensSection({ brandId }: { brandId: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const message = useProblemMessage();
  const { data, error } = useKpiApiTokens(brandId);
  const [createToken, creating] = useCreateKpiApiToken(brandId);
  const [revokeToken] = useRevokeKpiApiToken(brandId);
  const [label, setLabel] = useState('');
  const [secret, setSecret] = useState<string | null>(null);
  const [createError, setCreateError] = useState<string | undefined>();
  const revoking = useConfirmedAction((id: string) => revokeToken({ variables: { id } }));
  const tokens = data?.kpiApiTokens ?? [];
  const endpoint = kpiActualsEndpoint(window.location.origin, brandId);

  const create = async (event: FormEvent) => {
    event.preventDefault();
    setCreateError(undefined);
    if (!label.trim()) {
      setCreateError(t('integrations.kpiTokens.labelMissing'));
      return;
    }
    try {
      const result = await createToken({ variables: { input: { brandId, label: label.trim() } } });
      setSecret(result.data?.createKpiApiToken.token ?? null);
      setLabel('');
    } catch (cause) {
      setCreateError(message(readProblem(cause)));
    }
  };

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="kpi-api-tokens">
      <Title order={3} size="h4" id="kpi-api-tokens" mb="xs">
        {t('integrations.kpiTokens.title')}
      </Title>
      <Stack gap="sm">
        <Text maw={720}>{t('integrations.kpiTokens.description')}</Text>
        <Code block dir="ltr" data-testid="kpi-api-example">
          {`curl -X POST ${endpoint} \\\n  -H 'Authorization: Bearer chorus_kpi_…' -H 'Content-Type: application/json' \\\n  -d '{"cells":[{"network":"instagram","metric":"reach","periodKey":"2027-03","value":12000}]}'`}
        </Code>
        <FormAlert message={error ? message(readProblem(error)) : createError} />
        {secret && (
          <SecretReveal
            label={t('integrations.kpiTokens.secretLabel')}
            value={secret}
            hint={t('integrations.kpiTokens.secretHint')}
            testId="kpi-api-token-secret"
          />
        )}
        <form onSubmit={(event) => void create(event)} noValidate>
          <Group align="flex-end" gap="sm">
            <TextInput
              label={t('integrations.kpiTokens.label')}
              placeholder={t('integrations.kpiTokens.labelPlaceholder')}
              value={label}
              maxLength={100}
              onChange={(event) => setLabel(event.currentTarget.value)}
            />
            <Button type="submit" loading={creating.loading}>
              {t('integrations.kpiTokens.create')}
            </Button>
          </Group>
        </form>
        {data && tokens.length === 0 && <Text>{t('integrations.kpiTokens.none')}</Text>}
        {tokens.length > 0 && (
          <Table.ScrollContainer minWidth={560}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('integrations.kpiTokens.label')}</Table.Th>
                  <Table.Th>{t('integrations.kpiTokens.owner')}</Table.Th>
                  <Table.Th>{t('integrations.kpiTokens.lastUsed')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {tokens.map((token) => (
                  <Table.Tr key={token.id}>
                    <Table.Td>
                      {token.label} <Code dir="ltr">…{token.lastFour}</Code>
                    </Table.Td>
                    <Table.Td>{token.ownerName}</Table.Td>
                    <Table.Td>
                      {token.lastUsedAt
                        ? format.dateTime(token.lastUsedAt)
                        : t('integrations.kpiTokens.neverUsed')}
                    </Table.Td>
                    <Table.Td>
                      <Button
                        variant="outline"
                        color="red.9"
                        size="xs"
                        onClick={() => revoking.ask(token.id)}
                        aria-label={t('integrations.kpiTokens.revokeNamed', { name: token.label })}
                      >
                        {t('integrations.kpiTokens.revoke')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
      <ConfirmDialog
        {...revoking.dialog}
        title={t('integrations.kpiTokens.revokeTitle')}
        confirmLabel={t('integrations.kpiTokens.revoke')}
      >
        {t('integrations.kpiTokens.revokeBody')}
      </ConfirmDialog>
    </Paper>
  );
}
