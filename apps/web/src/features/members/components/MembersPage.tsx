import {
  Badge,
  Button,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InvitationStatus, WorkspaceMembersQuery, WorkspaceRole } from '../../../gql/graphql';
import { readProblem, useProblemMessage } from '../../../errors';
import { useFormatters } from '../../../i18n';
import {
  ConfirmDialog,
  DangerButton,
  FormAlert,
  NoAccess,
  Page,
  PageLoader,
  statusColors,
  useConfirmedAction,
} from '../../../ui';
import { useMe } from '../../auth';
import { useCan, useRoleLabels, useWorkspace, workspaceRoles } from '../../workspaces';
import {
  useChangeMemberRole,
  useRemoveMember,
  useRevokeInvitation,
  useWorkspaceMembers,
} from '../hooks/use-members';
import { ResendInvitationButton } from './ResendInvitationButton';
import { InviteDialog } from './InviteDialog';

type Member = WorkspaceMembersQuery['workspace']['members'][number];
type Invitation = WorkspaceMembersQuery['workspace']['invitations'][number];

/**
 * Members and invitations of a workspace, for those who may manage them (`member.manage`);
 * everyone else is told they have no access here.
 */
export function MembersPage() {
  const { t } = useTranslation();
  const canManage = useCan('member.manage');
  return (
    <Page title={t('members.title')}>
      {canManage ? (
        <MemberManagement />
      ) : (
        <NoAccess message={t('members.noAccess')} hint={t('common.askAdmin')} />
      )}
    </Page>
  );
}

function MemberManagement() {
  const { t } = useTranslation();
  const message = useProblemMessage();
  const workspace = useWorkspace();
  const { data, error } = useWorkspaceMembers(workspace.id);
  const [inviting, setInviting] = useState(false);

  if (!data) {
    return error ? (
      <FormAlert message={message(readProblem(error))} />
    ) : (
      <PageLoader label={t('app.loading')} />
    );
  }
  return (
    <>
      <Text maw={720}>{t('members.intro')}</Text>
      <MemberTable members={data.workspace.members} />
      <Paper withBorder p="lg" component="section" aria-labelledby="invitations-title">
        <Group justify="space-between" mb="sm">
          <Title order={2} size="h3" id="invitations-title">
            {t('invitations.title')}
          </Title>
          <Button onClick={() => setInviting(true)}>{t('invitations.invite')}</Button>
        </Group>
        <InvitationTable invitations={data.workspace.invitations} />
      </Paper>
      <InviteDialog opened={inviting} onClose={() => setInviting(false)} />
    </>
  );
}

function MemberTable({ members }: { members: Member[] }) {
  const { t } = useTranslation();
  const roles = useRoleLabels();
  const format = useFormatters();
  const workspace = useWorkspace();
  const { me } = useMe();
  const canManageOwners = workspace.myActions.includes('member.manageOwners');
  const [changeRole] = useChangeMemberRole();
  const [removeMember] = useRemoveMember();
  // A role change is undone by choosing again, so it runs without asking.
  const changing = useConfirmedAction(({ member, role }: { member: Member; role: WorkspaceRole }) =>
    changeRole({
      variables: { input: { workspaceId: workspace.id, userId: member.user.id, role } },
    }),
  );
  const removing = useConfirmedAction((member: Member) =>
    removeMember({ variables: { input: { workspaceId: workspace.id, userId: member.user.id } } }),
  );

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="members-title">
      <Title order={2} size="h3" id="members-title" mb="sm">
        {t('members.listTitle')}
      </Title>
      <Stack gap="sm">
        <FormAlert message={changing.error} />
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('members.name')}</Table.Th>
                <Table.Th scope="col">{t('members.email')}</Table.Th>
                <Table.Th scope="col">{t('members.role')}</Table.Th>
                <Table.Th scope="col">{t('members.joined')}</Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {members.map((member) => {
                const isMe = member.user.id === me?.id;
                const roleLocked = member.role === 'OWNER' && !canManageOwners;
                return (
                  <Table.Tr key={member.user.id}>
                    <Table.Td>
                      <bdi>{member.user.displayName}</bdi>{' '}
                      {isMe && (
                        <Badge variant="outline" color="gray.9" size="sm">
                          {t('members.you')}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <bdi>{member.user.email}</bdi>
                    </Table.Td>
                    <Table.Td>
                      {roleLocked ? (
                        roles.label(member.role)
                      ) : (
                        <NativeSelect
                          aria-label={t('members.roleOf', { name: member.user.displayName })}
                          value={member.role}
                          onChange={(event) =>
                            changing.run({
                              member,
                              role: event.currentTarget.value as WorkspaceRole,
                            })
                          }
                          data={workspaceRoles.map((role) => ({
                            value: role,
                            label: roles.label(role),
                            disabled: role === 'OWNER' && !canManageOwners,
                          }))}
                        />
                      )}
                    </Table.Td>
                    <Table.Td>{format.date(member.joinedAt)}</Table.Td>
                    <Table.Td>
                      {!isMe && !roleLocked && (
                        <DangerButton
                          onClick={() => removing.ask(member)}
                          aria-label={t('common.actionFor', {
                            action: t('members.remove'),
                            name: member.user.displayName,
                          })}
                        >
                          {t('members.remove')}
                        </DangerButton>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
      <ConfirmDialog
        {...removing.dialog}
        title={t('members.removeTitle')}
        confirmLabel={t('members.remove')}
      >
        {t('members.removeBody', {
          name: removing.target?.user.displayName ?? '',
          workspace: workspace.name,
        })}
      </ConfirmDialog>
    </Paper>
  );
}

const statusColor: Record<InvitationStatus, string> = {
  PENDING: 'indigo.9',
  ACCEPTED: statusColors.positive,
  EXPIRED: 'gray.9',
  REVOKED: 'red.9',
};

function InvitationTable({ invitations }: { invitations: Invitation[] }) {
  const { t } = useTranslation();
  const roles = useRoleLabels();
  const format = useFormatters();
  const [revoke] = useRevokeInvitation();
  const revoking = useConfirmedAction((invitation: Invitation) =>
    revoke({ variables: { invitationId: invitation.id } }),
  );

  const statusLabel: Record<InvitationStatus, string> = {
    PENDING: t('invitations.pending'),
    ACCEPTED: t('invitations.accepted'),
    EXPIRED: t('invitations.expired'),
    REVOKED: t('invitations.revoked'),
  };

  if (invitations.length === 0) return <Text>{t('invitations.empty')}</Text>;
  return (
    <>
      <Table.ScrollContainer minWidth={720}>
        <Table verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('invitations.sentTo')}</Table.Th>
              <Table.Th scope="col">{t('invitations.role')}</Table.Th>
              <Table.Th scope="col">{t('invitations.status')}</Table.Th>
              <Table.Th scope="col">{t('invitations.invitedBy')}</Table.Th>
              <Table.Th scope="col">{t('invitations.expires')}</Table.Th>
              <Table.Th scope="col">
                <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {invitations.map((invitation) => (
              <Table.Tr key={invitation.id} data-testid="invitation-row">
                <Table.Td>
                  {invitation.email ? <bdi>{invitation.email}</bdi> : t('invitations.linkOnly')}
                </Table.Td>
                <Table.Td>{roles.label(invitation.role)}</Table.Td>
                <Table.Td>
                  <Badge variant="outline" color={statusColor[invitation.status]}>
                    {statusLabel[invitation.status]}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <bdi>{invitation.invitedBy?.displayName ?? '—'}</bdi>
                </Table.Td>
                <Table.Td>{format.dateTime(invitation.expiresAt)}</Table.Td>
                <Table.Td>
                  {(invitation.status === 'PENDING' || invitation.status === 'EXPIRED') && (
                    <ResendInvitationButton invitationId={invitation.id} />
                  )}
                  {invitation.status === 'PENDING' && (
                    <DangerButton onClick={() => revoking.ask(invitation)}>
                      {t('invitations.revoke')}
                    </DangerButton>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <ConfirmDialog
        {...revoking.dialog}
        title={t('invitations.revokeTitle')}
        confirmLabel={t('invitations.revoke')}
      >
        {t('invitations.revokeBody')}
      </ConfirmDialog>
    </>
  );
}
