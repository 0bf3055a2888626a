import { Anchor, Badge, Box, Flex, Group, NavLink, Stack, Text } from '@mantine/core';
import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Link,
  matchPath,
  NavLink as RouterNavLink,
  Outlet,
  useLocation,
  useParams,
} from 'react-router';
import { readProblem, useProblemMessage } from '../../../errors';
import { FormAlert, Page, PageLoader } from '../../../ui';
import { rememberWorkspace, useRoleLabels, workspacePath } from '../../workspaces';
import { brandRoles } from '../brand-options';
import { brandSections } from '../brand-sections';
import type { BrandContext } from '../hooks/use-brand';
import { useBrandSummary } from '../hooks/use-brands';

/**
 * A brand: its name and the person's roles on it, with the section navigation (strategy,
 * media plans, calendar, settings) beside the section's page. Every brand-scoped feature
 * hangs from here.
 */
export function BrandLayout() {
  const { t } = useTranslation();
  const roles = useRoleLabels();
  const message = useProblemMessage();
  const { workspaceId = '', brandId = '' } = useParams();
  const { pathname } = useLocation();
  const { data, error } = useBrandSummary(brandId);
  const brand = data?.brand;

  useEffect(() => {
    if (brand) rememberWorkspace(brand.workspaceId);
  }, [brand]);

  if (!brand) {
    if (!error) return <PageLoader label={t('app.loading')} />;
    const problem = readProblem(error);
    return (
      <Page title={t('brand.unavailableTitle')}>
        <FormAlert
          message={
            problem.code === 'NOT_FOUND' || problem.code === 'FORBIDDEN'
              ? t('brand.notFound')
              : message(problem)
          }
        />
        <div>
          <Anchor component={Link} to={workspacePath(workspaceId)}>
            {t('brand.allBrands')}
          </Anchor>
        </div>
      </Page>
    );
  }

  return (
    <Flex direction={{ base: 'column', sm: 'row' }} gap="xl" align="flex-start">
      <Box component="nav" aria-label={t('nav.brandSections')} w={{ base: '100%', sm: 240 }}>
        <Stack gap={6} mb="sm">
          <Anchor component={Link} to={workspacePath(brand.workspaceId)} size="sm">
            {t('brand.allBrands')}
          </Anchor>
          <Text fw={700} size="lg" data-testid="brand-name">
            {brand.name}
          </Text>
          {brand.archivedAt != null && (
            <div>
              <Badge variant="outline" color="gray.9">
                {t('brands.archived')}
              </Badge>
            </div>
          )}
          <Text size="sm" c="gray.7">
            {t('brand.yourRoles')}
          </Text>
          <Group gap={6} data-testid="brand-roles">
            {brandRoles(brand.myRoles).map((role) => (
              <Badge key={role} variant="outline" color="indigo.9">
                {roles.label(role)}
              </Badge>
            ))}
          </Group>
        </Stack>
        {brandSections.map((section) => (
          <NavLink
            key={section.path}
            component={RouterNavLink}
            variant="filled"
            to={section.path}
            label={t(section.labelKey)}
            // The router's NavLink sets aria-current; `active` gives Mantine's highlight.
            active={
              matchPath({ path: `/w/:w/b/:b/${section.path}`, end: false }, pathname) !== null
            }
          />
        ))}
      </Box>
      {/* Keyed: a section's own state (forms) starts afresh on another brand. */}
      <Box flex={1} miw={0} w="100%" key={brand.id}>
        <Suspense fallback={<PageLoader label={t('app.loading')} />}>
          <Outlet context={{ brand } satisfies BrandContext} />
        </Suspense>
      </Box>
    </Flex>
  );
}
