/**
 * The social networks a post can go to, with the length limit of the post text each one
 * enforces. The one table both the server and the web app read. `source` says where each
 * figure comes from; `checked` is false where the network publishes no single figure and
 * the value is the practitioners' working limit (the variant still shows it as a guide).
 */
export interface NetworkInfo {
  readonly id: NetworkId;
  /** The name as the network writes it (not translated). */
  readonly label: string;
  /** Most characters (grapheme clusters) of the post text. */
  readonly maxCharacters: number;
  /** A lower limit when the post carries media (Telegram captions), if any. */
  readonly maxCharactersWithMedia?: number;
  /** Where the text is folded behind "… more" in the feed, for previews (approximate). */
  readonly foldAt?: number;
  readonly source: string;
  readonly checked: boolean;
}

export const NETWORK_IDS = [
  'instagram',
  'facebook',
  'tiktok',
  'x',
  'threads',
  'linkedin',
  'telegram',
  'youtube',
  'pinterest',
  'zalo',
  'line',
  'vk',
] as const;

export type NetworkId = (typeof NETWORK_IDS)[number];

export const NETWORKS: Readonly<Record<NetworkId, NetworkInfo>> = {
  instagram: {
    id: 'instagram',
    label: 'Instagram',
    maxCharacters: 2_200,
    foldAt: 125,
    source: 'Instagram Help Centre: captions are limited to 2,200 characters',
    checked: true,
  },
  facebook: {
    id: 'facebook',
    label: 'Facebook',
    maxCharacters: 63_206,
    foldAt: 480,
    source: 'Meta: a Facebook status update holds up to 63,206 characters',
    checked: true,
  },
  tiktok: {
    id: 'tiktok',
    label: 'TikTok',
    maxCharacters: 4_000,
    foldAt: 100,
    source: 'TikTok newsroom (2023): video captions up to 4,000 characters',
    checked: true,
  },
  x: {
    id: 'x',
    label: 'X',
    maxCharacters: 280,
    source:
      'X developer docs, "Counting characters": 280 (X weighs CJK characters double and links as 23; counted here as graphemes)',
    checked: true,
  },
  threads: {
    id: 'threads',
    label: 'Threads',
    maxCharacters: 500,
    source: 'Threads Help Centre: posts up to 500 characters',
    checked: true,
  },
  linkedin: {
    id: 'linkedin',
    label: 'LinkedIn',
    maxCharacters: 3_000,
    foldAt: 210,
    source: 'LinkedIn Help: posts up to 3,000 characters',
    checked: true,
  },
  telegram: {
    id: 'telegram',
    label: 'Telegram',
    maxCharacters: 4_096,
    maxCharactersWithMedia: 1_024,
    source: 'Telegram Bot API: message text 1-4096 characters, media caption 0-1024 characters',
    checked: true,
  },
  youtube: {
    id: 'youtube',
    label: 'YouTube',
    maxCharacters: 5_000,
    foldAt: 157,
    source: 'YouTube Help: video descriptions up to 5,000 characters',
    checked: true,
  },
  pinterest: {
    id: 'pinterest',
    label: 'Pinterest',
    maxCharacters: 500,
    foldAt: 50,
    source: 'Pinterest Help: Pin descriptions up to 500 characters',
    checked: true,
  },
  zalo: {
    id: 'zalo',
    label: 'Zalo',
    maxCharacters: 2_000,
    source:
      'Zalo Official Account: working limit of practitioners; Zalo publishes no single figure',
    checked: false,
  },
  line: {
    id: 'line',
    label: 'LINE',
    maxCharacters: 5_000,
    source: 'LINE Messaging API: a text message holds up to 5,000 characters',
    checked: true,
  },
  vk: {
    id: 'vk',
    label: 'VK',
    maxCharacters: 16_384,
    source: 'VK API wall.post: message text; working limit, VK publishes no single figure',
    checked: false,
  },
};

export function isNetworkId(value: string): value is NetworkId {
  return (NETWORK_IDS as readonly string[]).includes(value);
}

/** The limit that applies to a network's text, with or without media attached. */
export function characterLimit(network: NetworkId, withMedia: boolean): number {
  const info = NETWORKS[network];
  return withMedia && info.maxCharactersWithMedia !== undefined
    ? info.maxCharactersWithMedia
    : info.maxCharacters;
}
