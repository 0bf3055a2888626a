import { NETWORKS, isNetworkId } from '@chorus/post-model';
import type { TFunction } from 'i18next';

/** A metric's or measure's name in the reader's language (an unknown id as is). */
export function metricLabel(t: TFunction, metric: string): string {
  return serverText(t, `kpis.metrics.${metric}`, metric);
}

/** A network's name (brand names are not translated); null: the whole brand. */
export function networkLabel(t: TFunction, network: string | null): string {
  if (network === null) return t('kpis.allNetworks');
  return isNetworkId(network) ? NETWORKS[network].label : network;
}

/**
 * A text keyed by what the server answers (a status, a reason, a problem code, a metric id):
 * the locale files hold every known one; an unknown one shows `fallback`.
 */
export function serverText(
  t: TFunction,
  key: string,
  fallback: string,
  values: Record<string, unknown> = {},
): string {
  const loose = t as unknown as (key: string, options: Record<string, unknown>) => string;
  return loose(key, { ...values, defaultValue: fallback });
}
