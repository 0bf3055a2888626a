import { Anchor, NativeSelect, Stack, Table, Tabs, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { WaitingRequestFieldsFragment } from '../../../gql/graphql';
import { readProblem, useProblemMessage } from '../../../errors';
import { useFormatters } from '../../../i18n';
import { FormAlert, Page, PageLoader } from '../../../ui';
import { useWorkspace } from '../../workspaces';
import { useWaitingOnMe } from '../hooks/use-waiting';
import { dueAt, oldestFirst, openStepName, requestDocumentPath } from '../waiting';
import { DueCell, useNow } from './DueCell';
import { StuckList } from './StuckList';

interface BrandInfo {
  id: string;
  name: string;
  myActions: readonly string[];
}

/**
 * "Waiting on me": the approval requests of this workspace the signed-in person must decide,
 * oldest first, each linking to its document; and for leads (approval.monitor) what is stuck.
 */
export function WaitingPage() {
  const { t } = useTranslation();
  const message = useProblemMessage();
  const workspace = useWorkspace();
  const { data, error } = useWaitingOnMe(workspace.id);
  const [tab, setTab] = useState<string | null>('mine');

  const brands = data?.workspace.brands ?? [];
  const byId = new Map<string, BrandInfo>(brands.map((brand) => [brand.id, brand]));
  const monitored = brands.filter((brand) => brand.myActions.includes('approval.monitor'));
  const mine = oldestFirst((data?.waitingOnMe ?? []).filter((r) => byId.has(r.brandId)));

  return (
    <Page title={t('waiting.title')}>
      {!data ? (
        error ? (
          <FormAlert message={message(readProblem(error))} />
        ) : (
          <PageLoader label={t('app.loading')} />
        )
      ) : (
        <Tabs value={tab} onChange={setTab} keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="mine">{t('waiting.mineTab', { count: mine.length })}</Tabs.Tab>
            {monitored.length > 0 && <Tabs.Tab value="stuck">{t('waiting.stuckTab')}</Tabs.Tab>}
          </Tabs.List>
          <Tabs.Panel value="mine" pt="md">
            <WaitingList workspaceId={workspace.id} requests={mine} brands={byId} />
          </Tabs.Panel>
          {monitored.length > 0 && (
            <Tabs.Panel value="stuck" pt="md">
              <StuckPanel workspaceId={workspace.id} brands={monitored} />
            </Tabs.Panel>
          )}
        </Tabs>
      )}
    </Page>
  );
}

function WaitingList({
  workspaceId,
  requests,
  brands,
}: {
  workspaceId: string;
  requests: readonly WaitingRequestFieldsFragment[];
  brands: ReadonlyMap<string, BrandInfo>;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const now = useNow();
  if (requests.length === 0) return <Text>{t('waiting.empty')}</Text>;
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped aria-label={t('waiting.mineLabel')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('waiting.columns.document')}</Table.Th>
            <Table.Th>{t('waiting.columns.brand')}</Table.Th>
            <Table.Th>{t('waiting.columns.step')}</Table.Th>
            <Table.Th>{t('waiting.columns.submitted')}</Table.Th>
            <Table.Th>{t('waiting.columns.due')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {requests.map((request) => {
            const due = dueAt(request);
            return (
              <Table.Tr key={request.id} data-testid="waiting-request">
                <Table.Td>
                  <Stack gap={2}>
                    <Anchor component={Link} to={requestDocumentPath(workspaceId, request)}>
                      {request.documentTitle || t('waiting.untitled')}
                    </Anchor>
                    <Text size="xs">{t(`approvalFlows.kinds.${request.documentKind}`)}</Text>
                  </Stack>
                </Table.Td>
                <Table.Td>{brands.get(request.brandId)?.name}</Table.Td>
                <Table.Td>
                  {t('waiting.stepOf', {
                    number: request.currentStep + 1,
                    total: request.steps.length,
                    name: openStepName(request),
                  })}
                  {request.round > 1 && (
                    <Text size="xs">{t('waiting.round', { round: request.round })}</Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{request.submitterName ?? t('approvalFlows.someone')}</Text>
                  <Text size="xs">{format.dateTime(request.createdAt)}</Text>
                </Table.Td>
                <Table.Td>
                  <DueCell due={due} now={now} />
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function StuckPanel({
  workspaceId,
  brands,
}: {
  workspaceId: string;
  brands: readonly BrandInfo[];
}) {
  const { t } = useTranslation();
  const [brandId, setBrandId] = useState(brands[0]!.id);
  return (
    <Stack gap="md">
      {brands.length > 1 && (
        <NativeSelect
          label={t('waiting.columns.brand')}
          w={280}
          value={brandId}
          data={brands.map((brand) => ({ value: brand.id, label: brand.name }))}
          onChange={(event) => setBrandId(event.currentTarget.value)}
        />
      )}
      <StuckList key={brandId} workspaceId={workspaceId} brandId={brandId} />
    </Stack>
  );
}
