export const feature = 'brands';
