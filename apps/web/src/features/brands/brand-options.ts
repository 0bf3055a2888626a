import type { SocialNetwork } from '../../gql/graphql';

/**
 * The networks a brand can use, with their own names: product names are written the same in
 * every language, like the language names in the switcher.
 */
export const socialNetworks: { value: SocialNetwork; label: string }[] = [
  { value: 'FACEBOOK', label: 'Facebook' },
  { value: 'INSTAGRAM', label: 'Instagram' },
  { value: 'TIKTOK', label: 'TikTok' },
  { value: 'YOUTUBE', label: 'YouTube' },
  { value: 'X', label: 'X' },
  { value: 'THREADS', label: 'Threads' },
  { value: 'LINKEDIN', label: 'LinkedIn' },
  { value: 'PINTEREST', label: 'Pinterest' },
  { value: 'TELEGRAM', label: 'Telegram' },
  { value: 'ZALO', label: 'Zalo' },
  { value: 'LINE', label: 'LINE' },
  { value: 'VK', label: 'VK' },
];

export function networkLabel(network: SocialNetwork): string {
  return socialNetworks.find((option) => option.value === network)?.label ?? network;
}

/**
 * Content languages offered as suggestions (Chorus' own six first); any other BCP 47 tag
 * can be typed, and the server checks it.
 */
export const suggestedLanguages = [
  'vi',
  'en',
  'fa',
  'he',
  'uk',
  'th',
  'ar',
  'de',
  'es',
  'fr',
  'hi',
  'id',
  'ja',
  'ko',
  'ms',
  'pt',
  'ru',
  'tr',
  'zh',
];

/**
 * Browsers list some zones under the old names ICU still treats as canonical; people (and the
 * IANA database) know them by the current ones. Both work on the server.
 */
const currentZoneNames: Record<string, string> = {
  'Africa/Asmera': 'Africa/Asmara',
  'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
  'America/Catamarca': 'America/Argentina/Catamarca',
  'America/Coral_Harbour': 'America/Atikokan',
  'America/Cordoba': 'America/Argentina/Cordoba',
  'America/Godthab': 'America/Nuuk',
  'America/Indianapolis': 'America/Indiana/Indianapolis',
  'America/Jujuy': 'America/Argentina/Jujuy',
  'America/Louisville': 'America/Kentucky/Louisville',
  'America/Mendoza': 'America/Argentina/Mendoza',
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Rangoon': 'Asia/Yangon',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'Europe/Kiev': 'Europe/Kyiv',
  'Pacific/Enderbury': 'Pacific/Kanton',
  'Pacific/Ponape': 'Pacific/Pohnpei',
  'Pacific/Truk': 'Pacific/Chuuk',
};

/** The current IANA name of a zone ("Asia/Ho_Chi_Minh" for "Asia/Saigon"). */
export function currentZoneName(zone: string): string {
  return currentZoneNames[zone] ?? zone;
}

/** Every IANA time zone this browser knows, plus UTC and `current` if they are missing. */
export function timeZoneOptions(current?: string): string[] {
  let zones: string[];
  try {
    zones = Intl.supportedValuesOf('timeZone');
  } catch {
    zones = [];
  }
  const all = new Set(zones.map(currentZoneName));
  all.add('UTC');
  if (current) all.add(current);
  return [...all].sort();
}

/** The reader's own time zone, the natural default for a new brand. */
export function browserTimeZone(): string {
  try {
    return currentZoneName(Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC');
  } catch {
    return 'UTC';
  }
}

/**
 * The roles that give someone something to do on a brand: workspace owners and admins, and
 * team roles. A plain workspace membership grants nothing on a brand, so it is not listed.
 */
export function brandRoles(roles: string[]): string[] {
  return roles.filter((role) => role.toLowerCase() !== 'member');
}
