import type { CellValues, Period } from '@chorus/media-plan-model';
import { NETWORK_IDS, NETWORKS, type NetworkId } from '@chorus/post-model';

/** Other names a media plan's "channel" column uses for a network (lower case). */
const ALIASES: Readonly<Record<string, NetworkId>> = {
  twitter: 'x',
  ig: 'instagram',
  insta: 'instagram',
  fb: 'facebook',
  tg: 'telegram',
  vkontakte: 'vk',
  вконтакте: 'vk',
  youtube: 'youtube',
  yt: 'youtube',
};

/**
 * The network a media-plan row's channel names, or null. The channel is free text
 * ("Instagram", "Instagram — Reels", "Telegram channel"): a word of it that is a network's
 * id, its name or a common alias names that network; the first such word wins.
 */
export function networkOfChannel(channel: string): NetworkId | null {
  const words = channel.toLocaleLowerCase('en').split(/[^\p{L}\p{N}]+/u);
  for (const word of words) {
    if (!word) continue;
    const alias = ALIASES[word];
    if (alias) return alias;
    const network = NETWORK_IDS.find(
      (id) => id === word || NETWORKS[id].label.toLocaleLowerCase('en') === word,
    );
    if (network) return network;
  }
  return null;
}

const DAY_MS = 86_400_000;

function dayNumber(date: string): number {
  return Date.parse(`${date}T00:00:00Z`) / DAY_MS;
}

/**
 * How many of a row's planned units fall in [from, to) (yyyy-mm-dd, `to` exclusive):
 * each plan column's quantity is spread evenly over its days (plan columns are inclusive
 * and clipped to the flight), so a month column of 12 posts gives 6 to its first half.
 * Rounded to one decimal.
 */
export function plannedIn(
  cells: Readonly<Record<string, CellValues>>,
  periods: readonly Period[],
  from: string,
  to: string,
): number {
  const start = dayNumber(from);
  const end = dayNumber(to);
  let planned = 0;
  for (const period of periods) {
    const quantity = cells[period.key]?.quantity ?? 0;
    if (quantity === 0) continue;
    const first = dayNumber(period.start);
    const after = dayNumber(period.end) + 1;
    const overlap = Math.min(after, end) - Math.max(first, start);
    if (overlap > 0) planned += (quantity * overlap) / (after - first);
  }
  return Math.round(planned * 10) / 10;
}
