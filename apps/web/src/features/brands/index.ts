export { BrandLayout } from './components/BrandLayout';
export { BrandSettingsPage } from './components/BrandSettingsPage';
export { BrandsPage } from './components/BrandsPage';
export { brandPath, brandSections, type BrandSectionPath } from './brand-sections';
export { useBrand, type BrandContext } from './hooks/use-brand';
