import { lazy, Suspense } from 'react';
import {
  registerBrandSettingsSections,
  type BrandSettingsSection,
  type BrandSettingsSectionProps,
} from '../features/brands/settings-sections';

// The brand's share links: their own chunk, with the rest of the sharing feature.
const BrandShareLinks = lazy(() =>
  import('../features/sharing').then((m) => ({ default: m.BrandShareLinks })),
);

/**
 * What other features add to a brand's settings page, in order. The one place that names
 * them: the brands feature shows whatever is registered here (features that read brands
 * cannot also be imported by it without a cycle).
 */
export const brandSettingsSections: readonly BrandSettingsSection[] = [
  {
    name: 'sharing',
    Section: ({ brandId, actions }: BrandSettingsSectionProps) => (
      <Suspense fallback={null}>
        <BrandShareLinks brandId={brandId} actions={actions} />
      </Suspense>
    ),
  },
];

registerBrandSettingsSections(brandSettingsSections);
