import { randomUUID } from 'node:crypto';
import { can, PERMISSIONS, type Action, type Role } from '@chorus/permissions';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { BrandEntity } from '../../src/modules/brands/index.js';
import type { TeamEntity } from '../../src/modules/teams/index.js';
import type { UserEntity } from '../../src/modules/accounts/index.js';
import type { WorkspaceEntity } from '../../src/modules/workspaces/index.js';
import { Factories } from '../support/factories.js';
import type { GraphQLClient } from '../support/graphql.js';
import { createTestApp } from '../support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

/**
 * Walks the whole matrix: every mutation of the identity module, as every kind of caller.
 * Allowed calls must succeed; refused ones must answer the right code and change nothing.
 * The expectation comes from the one matrix in @chorus/permissions, which docs/permissions.md
 * shows and matrix.spec.ts pins down.
 */
const TEAM_ACTORS = ['lead', 'strategist', 'smm_specialist', 'chief_expert', 'moderator'] as const;
const ACTORS = ['anonymous', 'outsider', 'owner', 'admin', 'member', ...TEAM_ACTORS] as const;
type Actor = (typeof ACTORS)[number];

interface World {
  workspace: WorkspaceEntity;
  team: TeamEntity;
  users: Record<Exclude<Actor, 'anonymous'>, UserEntity>;
}

/** The roles the actor holds on the workspace and on a brand its team works on. */
function rolesOf(actor: Actor): Role[] {
  switch (actor) {
    case 'anonymous':
    case 'outsider':
      return [];
    case 'owner':
    case 'admin':
    case 'member':
      return [actor];
    case 'lead':
    case 'strategist':
    case 'smm_specialist':
    case 'chief_expert':
    case 'moderator':
      return ['member', actor];
  }
}

function expectedCode(actor: Actor, action: Action): string | null {
  const roles = rolesOf(actor);
  if (can(roles, action)) return null;
  if (actor === 'anonymous') return 'UNAUTHENTICATED';
  if (actor === 'outsider') return 'NOT_FOUND';
  if (PERMISSIONS[action].scope === 'brand' && !can(roles, 'brand.read')) return 'NOT_FOUND';
  return 'FORBIDDEN';
}

interface Case {
  mutation: string;
  action: Action;
  operation: string;
  prepare: (world: World, factories: Factories) => Promise<Record<string, unknown>>;
}

const unique = () => randomUUID().slice(0, 8);

async function freshMember(world: World, factories: Factories): Promise<UserEntity> {
  const user = await factories.buildUser();
  await factories.addMember(world.workspace, user, 'member');
  return user;
}

async function teamBrand(world: World, factories: Factories): Promise<BrandEntity> {
  return factories.buildBrand(world.workspace, [world.team], `Brand ${unique()}`);
}

const CASES: Case[] = [
  {
    mutation: 'renameWorkspace',
    action: 'workspace.update',
    operation: `mutation($input: RenameWorkspaceInput!) { renameWorkspace(input: $input) { id name } }`,
    prepare: (w) =>
      Promise.resolve({ input: { workspaceId: w.workspace.id, name: `Agency ${unique()}` } }),
  },
  {
    mutation: 'createInvitation',
    action: 'member.manage',
    operation: `mutation($input: CreateInvitationInput!) { createInvitation(input: $input) { link } }`,
    prepare: (w) => Promise.resolve({ input: { workspaceId: w.workspace.id, role: 'MEMBER' } }),
  },
  {
    mutation: 'revokeInvitation',
    action: 'member.manage',
    operation: `mutation($id: ID!) { revokeInvitation(invitationId: $id) { status } }`,
    prepare: async (w, f) => ({
      id: (await f.buildInvitation(w.workspace, w.users.owner)).invitation.id,
    }),
  },
  {
    mutation: 'changeMemberRole',
    action: 'member.manage',
    operation: `mutation($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { role } }`,
    prepare: async (w, f) => ({
      input: { workspaceId: w.workspace.id, userId: (await freshMember(w, f)).id, role: 'ADMIN' },
    }),
  },
  {
    mutation: 'removeMember',
    action: 'member.manage',
    operation: `mutation($input: RemoveMemberInput!) { removeMember(input: $input) }`,
    prepare: async (w, f) => ({
      input: { workspaceId: w.workspace.id, userId: (await freshMember(w, f)).id },
    }),
  },
  {
    mutation: 'createTeam',
    action: 'team.manage',
    operation: `mutation($input: CreateTeamInput!) { createTeam(input: $input) { id } }`,
    prepare: (w) =>
      Promise.resolve({ input: { workspaceId: w.workspace.id, name: `Team ${unique()}` } }),
  },
  {
    mutation: 'renameTeam',
    action: 'team.manage',
    operation: `mutation($input: RenameTeamInput!) { renameTeam(input: $input) { name } }`,
    prepare: async (w, f) => ({
      input: { teamId: (await f.buildTeam(w.workspace)).id, name: `Team ${unique()}` },
    }),
  },
  {
    mutation: 'deleteTeam',
    action: 'team.manage',
    operation: `mutation($id: ID!) { deleteTeam(teamId: $id) }`,
    prepare: async (w, f) => ({ id: (await f.buildTeam(w.workspace)).id }),
  },
  {
    mutation: 'setTeamMemberRoles',
    action: 'team.manage',
    operation: `mutation($input: SetTeamMemberRolesInput!) { setTeamMemberRoles(input: $input) { roles } }`,
    prepare: async (w, f) => ({
      input: {
        teamId: (await f.buildTeam(w.workspace)).id,
        userId: (await freshMember(w, f)).id,
        roles: ['STRATEGIST'],
      },
    }),
  },
  {
    mutation: 'createBrand',
    action: 'brand.create',
    operation: `mutation($input: CreateBrandInput!) { createBrand(input: $input) { id } }`,
    prepare: (w) =>
      Promise.resolve({
        input: { workspaceId: w.workspace.id, name: `Brand ${unique()}`, teamIds: [w.team.id] },
      }),
  },
  {
    mutation: 'updateBrand',
    action: 'brand.update',
    operation: `mutation($input: UpdateBrandInput!) { updateBrand(input: $input) { name } }`,
    prepare: async (w, f) => ({
      input: { brandId: (await teamBrand(w, f)).id, name: 'Renamed', timeZone: 'Europe/Kyiv' },
    }),
  },
  {
    mutation: 'setBrandTeams',
    action: 'brand.update',
    operation: `mutation($input: SetBrandTeamsInput!) { setBrandTeams(input: $input) { id } }`,
    prepare: async (w, f) => ({
      input: {
        brandId: (await teamBrand(w, f)).id,
        teamIds: [w.team.id, (await f.buildTeam(w.workspace)).id],
      },
    }),
  },
  {
    mutation: 'archiveBrand',
    action: 'brand.update',
    operation: `mutation($id: ID!) { archiveBrand(brandId: $id) { archivedAt } }`,
    prepare: async (w, f) => ({ id: (await teamBrand(w, f)).id }),
  },
  {
    mutation: 'restoreBrand',
    action: 'brand.update',
    operation: `mutation($id: ID!) { restoreBrand(brandId: $id) { archivedAt } }`,
    prepare: async (w, f) => {
      const brand = await teamBrand(w, f);
      await f.db.query('UPDATE brands SET archived_at = now() WHERE id = $1', [brand.id]);
      return { id: brand.id };
    },
  },
];

describe('the permission matrix, enforced by the server', () => {
  let database: TestDatabase;
  let app: NestExpressApplication;
  let factories: Factories;
  let world: World;
  const clients = new Map<Actor, GraphQLClient>();

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp({ database: database.config, env: { CHORUS_SEED_DEMO: 'false' } });
    factories = new Factories(app);
    const users = {} as World['users'];
    for (const actor of ACTORS) {
      if (actor !== 'anonymous') users[actor] = await factories.buildUser({ displayName: actor });
    }
    const workspace = await factories.buildWorkspace(users.owner, 'Matrix Agency');
    await factories.addMember(workspace, users.admin, 'admin');
    await factories.addMember(workspace, users.member, 'member');
    const team = await factories.buildTeam(workspace, 'Brand team');
    for (const actor of TEAM_ACTORS) {
      await factories.addMember(workspace, users[actor], 'member');
      await factories.setTeamRoles(team, users[actor], [actor]);
    }
    await factories.buildWorkspace(users.outsider, 'Elsewhere Agency');
    world = { workspace, team, users };
    for (const actor of ACTORS) {
      clients.set(
        actor,
        actor === 'anonymous' ? factories.anonymous() : await factories.signedIn(users[actor]),
      );
    }
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  const table = CASES.flatMap((testCase) =>
    ACTORS.map((actor) => {
      const code = expectedCode(actor, testCase.action);
      return {
        title: `${testCase.mutation} (${testCase.action}) as ${actor} ${code ? `is refused with ${code} and changes nothing` : 'succeeds'}`,
        testCase,
        actor,
        code,
      };
    }),
  );

  it.each(table)('$title', async ({ testCase, actor, code }) => {
    const variables = await testCase.prepare(world, factories);
    const before = await factories.snapshot();
    const result = await clients.get(actor)!.request(testCase.operation, variables);
    if (code === null) {
      expect(result.errors).toBeUndefined();
      expect(result.data?.[testCase.mutation]).toBeDefined();
    } else {
      expect(result.errors?.[0]?.extensions?.code).toBe(code);
      expect(result.data?.[testCase.mutation] ?? null).toBeNull();
      expect(await factories.snapshot()).toBe(before);
    }
  });

  it.each(ACTORS.map((actor) => ({ actor, code: expectedCode(actor, 'brand.read') })))(
    'opening a brand as $actor answers $code (null: allowed)',
    async ({ actor, code }) => {
      const brand = await teamBrand(world, factories);
      const result = await clients
        .get(actor)!
        .request(`query($id: ID!) { brand(id: $id) { id myActions } }`, {
          id: brand.id,
        });
      if (code === null) expect(result.errors).toBeUndefined();
      else expect(result.errors?.[0]?.extensions?.code).toBe(code);
    },
  );

  it('lists for a member only the brands of their teams, and all of them for an admin', async () => {
    const hidden = await factories.buildBrand(world.workspace, [], `Hidden ${unique()}`);
    const visible = await teamBrand(world, factories);
    const query = `query($id: ID!) { workspace(id: $id) { brands { id } } }`;
    const strategist = await clients
      .get('strategist')!
      .ok<{ workspace: { brands: Array<{ id: string }> } }>(query, {
        id: world.workspace.id,
      });
    const ids = strategist.workspace.brands.map((b) => b.id);
    expect(ids).toContain(visible.id);
    expect(ids).not.toContain(hidden.id);
    const admin = await clients
      .get('admin')!
      .ok<{ workspace: { brands: Array<{ id: string }> } }>(query, {
        id: world.workspace.id,
      });
    expect(admin.workspace.brands.map((b) => b.id)).toEqual(
      expect.arrayContaining([hidden.id, visible.id]),
    );
  });

  it("refuses another workspace's team id in a brand, as NOT_FOUND, and changes nothing", async () => {
    const elsewhere = await factories.buildWorkspace(world.users.outsider, 'Third Agency');
    const foreignTeam = await factories.buildTeam(elsewhere);
    const before = await factories.snapshot();
    const result = await clients
      .get('owner')!
      .request(`mutation($input: CreateBrandInput!) { createBrand(input: $input) { id } }`, {
        input: { workspaceId: world.workspace.id, name: 'Cross', teamIds: [foreignTeam.id] },
      });
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await factories.snapshot()).toBe(before);
  });

  it('refuses to demote or remove the last owner with LAST_OWNER, and changes nothing', async () => {
    const soloOwner = await factories.buildUser();
    const workspace = await factories.buildWorkspace(soloOwner, 'Solo Agency');
    const client = await factories.signedIn(soloOwner);
    const before = await factories.snapshot();
    const demote = await client.request(
      `mutation($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { role } }`,
      { input: { workspaceId: workspace.id, userId: soloOwner.id, role: 'ADMIN' } },
    );
    expect(demote.errors?.[0]?.extensions?.code).toBe('LAST_OWNER');
    const remove = await client.request(
      `mutation($input: RemoveMemberInput!) { removeMember(input: $input) }`,
      {
        input: { workspaceId: workspace.id, userId: soloOwner.id },
      },
    );
    expect(remove.errors?.[0]?.extensions?.code).toBe('LAST_OWNER');
    expect(await factories.snapshot()).toBe(before);
  });

  it('refuses malformed ids as NOT_FOUND rather than a database error', async () => {
    const result = await clients
      .get('owner')!
      .request(`query { workspace(id: "not-a-uuid") { id } }`);
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it.each([
    [{ name: '' }, 'name'],
    [{ timeZone: 'Mars/Base' }, 'timeZone'],
    [{ contentLanguages: ['not a tag'] }, 'contentLanguages'],
    [{ description: 'x'.repeat(5001) }, 'description'],
  ])('refuses brand settings %p with VALIDATION on %p and changes nothing', async (bad, field) => {
    const brand = await teamBrand(world, factories);
    const before = await factories.snapshot();
    const result = await clients
      .get('admin')!
      .request(`mutation($input: UpdateBrandInput!) { updateBrand(input: $input) { id } }`, {
        input: { brandId: brand.id, ...bad },
      });
    expect(result.errors?.[0]?.extensions).toEqual({ code: 'VALIDATION', field });
    expect(await factories.snapshot()).toBe(before);
  });
});
