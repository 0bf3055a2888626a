import { Badge, Button, Paper, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { readProblem, useProblemMessage } from '../../../errors';
import type { ShareLinkFieldsFragment } from '../../../gql/graphql';
import { useFormatters } from '../../../i18n';
import { ConfirmDialog, FormAlert, PageLoader, useConfirmedAction } from '../../../ui';
import { useRevokeShareLink, useShareLinks } from '../hooks/use-share-links';
import { useShareText } from '../share-text';
import { MANAGE_SHARE_LINKS } from '../share-actions';

type Link = ShareLinkFieldsFragment;

const statusColor = { ACTIVE: 'teal.9', EXPIRED: 'gray.7', REVOKED: 'red.9' } as const;

/**
 * The brand's share links on its settings page (`shareLink.manage`): what each shares and
 * lets its guests do, its status, when and by whom it was last opened, how often, and Revoke.
 */
export function BrandShareLinks({
  brandId,
  actions,
}: {
  brandId: string;
  actions: readonly string[];
}) {
  if (!actions.includes(MANAGE_SHARE_LINKS)) return null;
  return <ShareLinksSection brandId={brandId} />;
}

function ShareLinksSection({ brandId }: { brandId: string }) {
  const { t } = useTranslation();
  const message = useProblemMessage();
  const format = useFormatters();
  const text = useShareText();
  const { data, previousData, error } = useShareLinks(brandId);
  const [revoke] = useRevokeShareLink();
  const revoking = useConfirmedAction((link: Link) => revoke({ variables: { id: link.id } }));
  const links = (data ?? previousData)?.shareLinks;

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="brand-share-links">
      <Title order={2} size="h3" id="brand-share-links" mb="xs">
        {t('sharing.list.title')}
      </Title>
      <Stack gap="sm">
        <Text maw={720}>{t('sharing.list.description')}</Text>
        {error && <FormAlert message={message(readProblem(error))} />}
        {!links ? (
          !error && <PageLoader label={t('app.loading')} />
        ) : links.length === 0 ? (
          <Text>{t('sharing.list.none')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={760}>
            <Table striped verticalSpacing="xs" data-testid="share-links">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('sharing.list.label')}</Table.Th>
                  <Table.Th>{t('sharing.list.shared')}</Table.Th>
                  <Table.Th>{t('sharing.list.status')}</Table.Th>
                  <Table.Th>{t('sharing.list.lastOpened')}</Table.Th>
                  <Table.Th>{t('sharing.list.opened')}</Table.Th>
                  <Table.Th>
                    <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {links.map((link) => (
                  <Table.Tr key={link.id} data-testid="share-link" data-status={link.status}>
                    <Table.Td>
                      <Text fw={600} dir="auto">
                        {link.label}
                      </Text>
                      <Text size="sm" c="gray.7">
                        {text.capability(link.capability)}
                        {link.hasPassword ? ` · ${t('sharing.list.withPassword')}` : ''}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text dir="auto">{text.resource(link)}</Text>
                      <Text size="sm" c="gray.7">
                        {link.createdByName
                          ? t('sharing.list.createdBy', {
                              name: link.createdByName,
                              date: format.date(link.createdAt),
                            })
                          : format.date(link.createdAt)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Badge color={statusColor[link.status]} variant="light">
                        {text.status(link.status)}
                      </Badge>
                      <Text size="sm" c="gray.7">
                        {link.status === 'ACTIVE'
                          ? link.expiresAt
                            ? t('sharing.list.expires', { date: format.dateTime(link.expiresAt) })
                            : t('sharing.list.noExpiry')
                          : link.status === 'REVOKED' && link.revokedAt
                            ? format.dateTime(link.revokedAt)
                            : link.expiresAt
                              ? format.dateTime(link.expiresAt)
                              : null}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {link.lastOpenedAt ? (
                        <>
                          <Text>{format.dateTime(link.lastOpenedAt)}</Text>
                          {link.lastOpenedByName && (
                            <Text size="sm" c="gray.7" dir="auto">
                              {link.lastOpenedByName}
                            </Text>
                          )}
                        </>
                      ) : (
                        <Text c="gray.7">{t('sharing.list.neverOpened')}</Text>
                      )}
                    </Table.Td>
                    <Table.Td>{format.number(link.openCount)}</Table.Td>
                    <Table.Td>
                      {link.status === 'ACTIVE' && (
                        <Button
                          size="xs"
                          variant="outline"
                          color="red.9"
                          onClick={() => revoking.ask(link)}
                          aria-label={t('common.actionFor', {
                            action: t('sharing.list.revoke'),
                            name: link.label,
                          })}
                        >
                          {t('sharing.list.revoke')}
                        </Button>
                      )}
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
        title={t('sharing.list.revokeTitle')}
        confirmLabel={t('sharing.list.revoke')}
      >
        {t('sharing.list.revokeBody')}
      </ConfirmDialog>
    </Paper>
  );
}
