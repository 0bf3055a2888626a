import type { GraphQLClient } from './graphql.js';

/** The contentMix fields the calendar shows beside the month (weeks, months, cap). */
export const MIX_FIELDS = `capPercent
    weeks { start end total promotional promotionalPercent capExceeded headroom
      byCategory { name count } byNetwork { network count } }
    months { start end total promotional capExceeded }`;

export interface MixWeek {
  start: string;
  total: number;
  promotional: number;
  promotionalPercent: number;
  capExceeded: boolean;
  headroom: number | null;
  byCategory: Array<{ name: string | null; count: number }>;
  byNetwork: Array<{ network: string; count: number }>;
}

export interface MixMonth {
  start: string;
  total: number;
  promotional: number;
  capExceeded: boolean;
}

/**
 * The answer to `contentMix { MIX_FIELDS … }`, with whatever else the query asks (`Extra`);
 * a type, not an interface, so that it fits GraphQLResult's Record<string, unknown>.
 */
export type MixAnswer<Extra = unknown> = {
  contentMix: { capPercent: number; weeks: MixWeek[]; months: MixMonth[] } & Extra;
};

/** A contentMix query asking MIX_FIELDS and `extraFields`. */
export function mixQuery(extraFields = ''): string {
  return `query($b: ID!, $from: String!, $to: String!) {
  contentMix(brandId: $b, from: $from, to: $to) {
    ${MIX_FIELDS}
    ${extraFields}
  }
}`;
}

/** The brand's content mix between two dates, as `client` sees it (it must be allowed to). */
export async function contentMixOf<Extra = unknown>(
  client: GraphQLClient,
  query: string,
  brandId: string,
  from: string,
  to: string,
): Promise<MixAnswer<Extra>['contentMix']> {
  return (await client.ok<MixAnswer<Extra>>(query, { b: brandId, from, to })).contentMix;
}
