// Planted violation: a ui primitive importing a feature.
import { feature } from '../features/brands/brand-sections.js';

export const planted = feature;
