import type { ComponentType } from 'react';

/** What a brand's settings page hands a section another feature adds. */
export interface BrandSettingsSectionProps {
  workspaceId: string;
  brandId: string;
  /** The reader's actions on the brand (the matrix's names); each section decides what to show. */
  actions: readonly string[];
}

/**
 * A section another feature adds to the brand's settings page (share links, …), without the
 * brands feature naming it — and so without importing it: those features read brands.
 */
export interface BrandSettingsSection {
  name: string;
  Section: ComponentType<BrandSettingsSectionProps>;
}

const sections: BrandSettingsSection[] = [];

/** Registers sections (the app does it once, in `app/brand-settings-sections.tsx`). */
export function registerBrandSettingsSections(added: readonly BrandSettingsSection[]): void {
  for (const section of added) {
    if (sections.some((known) => known.name === section.name)) {
      throw new Error(`Brand settings section ${section.name} is registered twice`);
    }
    sections.push(section);
  }
}

/** The registered sections, in registration order. */
export function brandSettingsSections(): readonly BrandSettingsSection[] {
  return sections;
}
