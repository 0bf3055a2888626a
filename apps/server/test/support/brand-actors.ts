import { can, type Action, type Role } from '@chorus/permissions';
import type { BrandEntity } from '../../src/modules/brands/index.js';
import type { Factories } from './factories.js';
import type { GraphQLClient } from './graphql.js';

/**
 * Everyone who may knock on a brand's door: nobody, a member of another workspace, each
 * workspace role, and a member holding each team role on the brand.
 */
export const BRAND_ACTORS = [
  'anonymous',
  'outsider',
  'owner',
  'admin',
  'member',
  'lead',
  'strategist',
  'smm_specialist',
  'chief_expert',
  'moderator',
] as const;
export type BrandActor = (typeof BRAND_ACTORS)[number];

/** The roles an actor holds on the brand built by {@link buildBrandActors}. */
export function rolesOf(actor: BrandActor): Role[] {
  if (actor === 'anonymous' || actor === 'outsider') return [];
  if (actor === 'owner' || actor === 'admin' || actor === 'member') return [actor];
  return ['member', actor];
}

/**
 * What the matrix says an actor gets for an action on the brand: null when allowed, else
 * UNAUTHENTICATED (nobody), NOT_FOUND (not on the brand, or unable to read it) or `onBrand`
 * (on the brand without the right; FORBIDDEN unless an operation answers otherwise).
 */
export function expectedRefusal(
  actor: BrandActor,
  action: Action,
  onBrand = 'FORBIDDEN',
): string | null {
  const roles = rolesOf(actor);
  if (can(roles, action)) return null;
  if (actor === 'anonymous') return 'UNAUTHENTICATED';
  if (actor === 'outsider' || !can(roles, 'brand.read')) return 'NOT_FOUND';
  return onBrand;
}

/** A brand of a fresh workspace and a signed-in client for every actor. */
export async function buildBrandActors(
  factories: Factories,
): Promise<{ brand: BrandEntity; clients: Map<BrandActor, GraphQLClient> }> {
  const clients = new Map<BrandActor, GraphQLClient>();
  const owner = await factories.buildUser();
  const workspace = await factories.buildWorkspace(owner);
  const team = await factories.buildTeam(workspace);
  const brand = await factories.buildBrand(workspace, [team]);
  const outsider = await factories.buildUser();
  await factories.buildWorkspace(outsider, 'Elsewhere');
  clients.set('anonymous', factories.anonymous());
  clients.set('outsider', await factories.signedIn(outsider));
  clients.set('owner', await factories.signedIn(owner));
  for (const actor of BRAND_ACTORS.slice(3)) {
    const user = await factories.buildUser();
    await factories.addMember(workspace, user, actor === 'admin' ? 'admin' : 'member');
    if (!['admin', 'member'].includes(actor)) {
      await factories.setTeamRoles(team, user, [actor as 'lead']);
    }
    clients.set(actor, await factories.signedIn(user));
  }
  return { brand, clients };
}

/**
 * A brand worked on by one team whose members are the given people (display name → team
 * roles), each signed in; plus a signed-in member of another workspace.
 */
export async function buildBrandTeam(
  factories: Factories,
  people: Array<
    [
      displayName: string,
      roles: Array<'lead' | 'strategist' | 'smm_specialist' | 'chief_expert' | 'moderator'>,
    ]
  >,
): Promise<{
  brand: BrandEntity;
  clients: GraphQLClient[];
  outsider: GraphQLClient;
  owner: GraphQLClient;
}> {
  const owner = await factories.buildUser();
  const workspace = await factories.buildWorkspace(owner);
  const team = await factories.buildTeam(workspace);
  const clients: GraphQLClient[] = [];
  for (const [displayName, roles] of people) {
    const user = await factories.buildUser({ displayName });
    await factories.addMember(workspace, user, 'member');
    await factories.setTeamRoles(team, user, roles);
    clients.push(await factories.signedIn(user));
  }
  const brand = await factories.buildBrand(workspace, [team]);
  const stranger = await factories.buildUser();
  await factories.buildWorkspace(stranger, 'Elsewhere');
  return {
    brand,
    clients,
    outsider: await factories.signedIn(stranger),
    owner: await factories.signedIn(owner),
  };
}
