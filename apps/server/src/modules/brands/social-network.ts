import { registerEnumType } from '@nestjs/graphql';

/** The networks a brand can use; posts, length limits and KPIs hang from these later. */
export const SocialNetwork = {
  FACEBOOK: 'facebook',
  INSTAGRAM: 'instagram',
  THREADS: 'threads',
  TIKTOK: 'tiktok',
  YOUTUBE: 'youtube',
  LINKEDIN: 'linkedin',
  X: 'x',
  TELEGRAM: 'telegram',
  ZALO: 'zalo',
  LINE: 'line',
  PINTEREST: 'pinterest',
  VK: 'vk',
} as const;
export type SocialNetwork = (typeof SocialNetwork)[keyof typeof SocialNetwork];

registerEnumType(SocialNetwork, {
  name: 'SocialNetwork',
  description: 'A social network or messenger',
});
