export { BrandLayout } from './components/BrandLayout';
export { BrandSettingsPage } from './components/BrandSettingsPage';
export { brandPath, brandSections, type BrandSectionPath } from './brand-sections';
