import { NETWORK_IDS, type NetworkId } from '@chorus/post-model';
import { registerEnumType } from '@nestjs/graphql';

/**
 * The networks a brand and its posts can use: the one list in @chorus/post-model (with
 * each network's length limits), as a GraphQL enum whose names are the ids upper-cased.
 */
export const SocialNetwork = Object.fromEntries(
  NETWORK_IDS.map((id) => [id.toUpperCase(), id]),
) as { readonly [K in NetworkId as Uppercase<K>]: K };
export type SocialNetwork = NetworkId;

registerEnumType(SocialNetwork, {
  name: 'SocialNetwork',
  description: 'A social network or messenger',
});
