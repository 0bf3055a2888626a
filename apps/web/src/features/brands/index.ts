export { BrandLayout } from './components/BrandLayout';
export { BrandSettingsPage } from './components/BrandSettingsPage';
export { BrandsPage } from './components/BrandsPage';
export { brandPath, brandSections, type BrandSectionPath } from './brand-sections';
export { useBrand, useBrandIfAny, type BrandContext } from './hooks/use-brand';
export {
  brandSettingsSections,
  registerBrandSettingsSections,
  type BrandSettingsSection,
  type BrandSettingsSectionProps,
} from './settings-sections';
