/** The sections of a brand, in navigation order; `path` is relative to `/w/:workspaceId/b/:brandId`. */
export const brandSections = [
  { path: 'strategy', labelKey: 'nav.strategy' },
  { path: 'media-plans', labelKey: 'nav.mediaPlans' },
  { path: 'calendar', labelKey: 'nav.calendar' },
  { path: 'results', labelKey: 'nav.results' },
  { path: 'settings', labelKey: 'nav.settings' },
] as const;

export type BrandSectionPath = (typeof brandSections)[number]['path'];

/** The address of a brand's section. */
export function brandPath(workspaceId: string, brandId: string, section: BrandSectionPath): string {
  return `/w/${encodeURIComponent(workspaceId)}/b/${encodeURIComponent(brandId)}/${section}`;
}
