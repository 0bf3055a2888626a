import { Alert, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { Page } from '../../../ui/Page';
import { PageLoader } from '../../../ui/PageLoader';
// Straight from the files, not the features' index: those would pull lazy pages into the
// first download. The one page allowed to, for that reason.
/* eslint-disable no-restricted-imports */
import { useMe } from '../../auth/hooks/use-me';
import { useSignedOutNotice } from '../../auth/hooks/use-signed-out-notice';
import { HealthPanel } from '../../health';
import { useMyWorkspaces } from '../../workspaces/hooks/use-workspaces';
import { lastWorkspace, workspacePath } from '../../workspaces/workspace-paths';
/* eslint-enable no-restricted-imports */

/**
 * Where a visit starts. Signed in: back to the workspace used last (or the only one), else
 * the workspace list. Signed out: what Chorus is, the ways in, and the server's health.
 */
export function HomePage() {
  const { t } = useTranslation();
  const { me, loading } = useMe();
  const notice = useSignedOutNotice();

  // Right after signing out `me` is still cached for a moment: stay here and say so.
  if (me && !notice) return <SignedInHome />;
  return (
    <Page title={t('home.title')}>
      {notice && (
        <Alert color="indigo.9" variant="outline" role="status">
          {notice}
        </Alert>
      )}
      <Text size="lg" maw={720}>
        {t('home.intro')}
      </Text>
      {!loading && (
        <Group>
          <Button component={Link} to="/sign-in">
            {t('home.signIn')}
          </Button>
          <Button component={Link} to="/sign-up" variant="outline">
            {t('home.signUp')}
          </Button>
        </Group>
      )}
      <HealthPanel />
    </Page>
  );
}

function SignedInHome() {
  const { t } = useTranslation();
  const { data, error } = useMyWorkspaces();
  if (error) return <Navigate to="/workspaces" replace />;
  if (!data) return <PageLoader label={t('app.loading')} />;
  const ids = data.workspaces.map((workspace) => workspace.id);
  const last = lastWorkspace();
  const target = last && ids.includes(last) ? last : ids.length === 1 ? ids[0] : undefined;
  return <Navigate to={target ? workspacePath(target) : '/workspaces'} replace />;
}
