import { Box, Flex, NavLink, Text } from '@mantine/core';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { matchPath, NavLink as RouterNavLink, Outlet, useLocation, useParams } from 'react-router';
import { PageLoader } from '../../../ui';
import { brandSections } from '../brand-sections';

/**
 * A brand's workspace: the section navigation (strategy, media plans, calendar,
 * settings) beside the section's page. Every brand-scoped feature hangs from here.
 */
export function BrandLayout() {
  const { t } = useTranslation();
  const { workspaceId = '', brandId = '' } = useParams();
  const { pathname } = useLocation();

  return (
    <Flex direction={{ base: 'column', sm: 'row' }} gap="xl" align="flex-start">
      <Box component="nav" aria-label={t('nav.brandSections')} w={{ base: '100%', sm: 240 }}>
        <Text size="sm" c="gray.7" mb="xs">
          {t('brand.context', { workspaceId, brandId })}
        </Text>
        {brandSections.map((section) => (
          <NavLink
            key={section.path}
            component={RouterNavLink}
            to={section.path}
            label={t(section.labelKey)}
            // The router's NavLink sets aria-current; `active` gives Mantine's highlight.
            active={
              matchPath({ path: `/w/:w/b/:b/${section.path}`, end: false }, pathname) !== null
            }
          />
        ))}
      </Box>
      <Box flex={1} miw={0} w="100%">
        <Suspense fallback={<PageLoader label={t('app.loading')} />}>
          <Outlet />
        </Suspense>
      </Box>
    </Flex>
  );
}
