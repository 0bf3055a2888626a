import { randomUUID } from 'node:crypto';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Factories } from '../support/factories.js';
import { GraphQLClient, type GraphQLResult } from '../support/graphql.js';
import { createTestApp } from '../support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

/** What a caller can see of a refusal: the message and every extension. */
const answer = (result: GraphQLResult) => ({
  status: result.status,
  data: result.data,
  errors: result.errors?.map(({ message, extensions }) => ({ message, extensions })),
});

describe('no existence oracle, and names that are safe to show', () => {
  let database: TestDatabase;
  let app: NestExpressApplication;
  let factories: Factories;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp({ database: database.config, env: { CHORUS_SEED_DEMO: 'false' } });
    factories = new Factories(app);
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  async function otherWorkspace() {
    const owner = await factories.buildUser();
    const workspace = await factories.buildWorkspace(owner, 'Elsewhere');
    const team = await factories.buildTeam(workspace);
    const { invitation } = await factories.buildInvitation(workspace, owner);
    return { owner, workspace, team, invitation };
  }

  /** An owner who is also the strategist of the brand's team (owners alone write no strategy). */
  async function strategistOfABrand() {
    const owner = await factories.buildUser();
    const workspace = await factories.buildWorkspace(owner);
    const team = await factories.buildTeam(workspace);
    const brand = await factories.buildBrand(workspace, [team]);
    await factories.setTeamRoles(team, owner, ['strategist']);
    return { workspace, team, brand, client: await factories.signedIn(owner) };
  }

  const operations = {
    revokeInvitation: (id: string) => ({
      query: `mutation($id: ID!) { revokeInvitation(invitationId: $id) { id } }`,
      variables: { id },
    }),
    renameTeam: (id: string) => ({
      query: `mutation($input: RenameTeamInput!) { renameTeam(input: $input) { id } }`,
      variables: { input: { teamId: id, name: 'Mine now' } },
    }),
    deleteTeam: (id: string) => ({
      query: `mutation($id: ID!) { deleteTeam(teamId: $id) }`,
      variables: { id },
    }),
    setTeamMemberRoles: (id: string) => ({
      query: `mutation($input: SetTeamMemberRolesInput!) { setTeamMemberRoles(input: $input) { roles } }`,
      variables: { input: { teamId: id, userId: randomUUID(), roles: ['LEAD'] } },
    }),
  } as const;

  it.each(Object.keys(operations) as Array<keyof typeof operations>)(
    '%s answers the same NOT_FOUND for a real id in another workspace and a random id, changing nothing',
    async (name) => {
      const { team, invitation } = await otherWorkspace();
      const stranger = await factories.signedIn(await factories.buildUser());
      await factories.buildWorkspace(await factories.buildUser()); // the stranger's own world
      const realId = name === 'revokeInvitation' ? invitation.id : team.id;
      const before = await factories.snapshot();
      const real = operations[name](realId);
      const random = operations[name](randomUUID());
      const onReal = await stranger.request(real.query, real.variables);
      const onRandom = await stranger.request(random.query, random.variables);
      expect(onReal.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      expect(answer(onReal)).toEqual(answer(onRandom));
      expect(await factories.snapshot()).toBe(before);
    },
  );

  it('answers an anonymous documentVersionState the same for a real and a random version id', async () => {
    const { brand, client } = await strategistOfABrand();
    const created = await client.ok<{ createDocument: { id: string } }>(
      `mutation($input: CreateDocumentInput!) { createDocument(input: $input) { id } }`,
      { input: { brandId: brand.id, kind: 'STRATEGY', title: 'Q3' } },
    );
    const version = await client.ok<{ createDocumentVersion: { id: string } }>(
      `mutation($input: CreateDocumentVersionInput!) { createDocumentVersion(input: $input) { id } }`,
      { input: { documentId: created.createDocument.id, name: 'First' } },
    );
    const query = `query($id: ID!) { documentVersionState(id: $id) { state } }`;
    const anonymous = new GraphQLClient(app);
    const real = await anonymous.request(query, { id: version.createDocumentVersion.id });
    const random = await anonymous.request(query, { id: randomUUID() });
    expect(real.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(answer(real)).toEqual(answer(random));
  });

  describe('names and titles', () => {
    let client: GraphQLClient;
    let workspaceId: string;
    let brandId: string;
    let teamId: string;
    let documentId: string;

    beforeAll(async () => {
      const built = await strategistOfABrand();
      workspaceId = built.workspace.id;
      brandId = built.brand.id;
      teamId = built.team.id;
      client = built.client;
      documentId = (
        await client.ok<{ createDocument: { id: string } }>(
          `mutation($input: CreateDocumentInput!) { createDocument(input: $input) { id } }`,
          { input: { brandId, kind: 'STRATEGY', title: 'Base' } },
        )
      ).createDocument.id;
    });

    const inputs = {
      workspace: (name: string) => ({
        query: `mutation($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { id } }`,
        variables: { input: { name } },
        field: 'name',
      }),
      team: (name: string) => ({
        query: `mutation($input: RenameTeamInput!) { renameTeam(input: $input) { id } }`,
        variables: { input: { teamId, name } },
        field: 'name',
      }),
      brand: (name: string) => ({
        query: `mutation($input: CreateBrandInput!) { createBrand(input: $input) { id } }`,
        variables: { input: { workspaceId, name } },
        field: 'name',
      }),
      'document title': (title: string) => ({
        query: `mutation($input: CreateDocumentInput!) { createDocument(input: $input) { id } }`,
        variables: { input: { brandId, kind: 'STRATEGY', title } },
        field: 'title',
      }),
      'version name': (name: string) => ({
        query: `mutation($input: CreateDocumentVersionInput!) { createDocumentVersion(input: $input) { id } }`,
        variables: { input: { documentId, name } },
        field: 'name',
      }),
      'display name': (displayName: string) => ({
        query: `mutation($input: SignUpInput!) { signUp(input: $input) { user { id } } }`,
        variables: {
          input: {
            email: `n-${randomUUID()}@example.test`,
            password: 'a long passphrase',
            displayName,
          },
        },
        field: 'displayName',
      }),
    } as const;
    const kinds = Object.keys(inputs) as Array<keyof typeof inputs>;
    const bad = [
      ['NUL', 'Plan\u0000Q3', /control characters/, 'control_characters'],
      ['a right-to-left override', 'Plan\u202Egpj.exe', /text-direction/, 'bidi_controls'],
      ['a first-strong isolate', 'Plan \u2068x\u2069', /text-direction/, 'bidi_controls'],
      ['only zero-width characters', '\u200B\u200C\u200D', /visible character/, 'invisible'],
    ] as const;

    it.each(
      kinds.flatMap((kind) =>
        bad.map(([label, value, message, rule]) => ({ kind, label, value, message, rule })),
      ),
    )(
      'refuses a $kind with $label as VALIDATION, not a server error, and changes nothing',
      async ({ kind, value, message, rule }) => {
        const before = await factories.snapshot();
        const { query, variables, field } = inputs[kind](value);
        const result = await new GraphQLClient(app, client.cookie).request(query, variables);
        expect(result.errors?.[0]?.extensions).toEqual({ code: 'VALIDATION', field, rule });
        expect(result.errors?.[0]?.message).toMatch(message);
        expect(await factories.snapshot()).toBe(before);
      },
    );

    it.each(
      kinds.flatMap((kind) =>
        [
          ['Hebrew', 'תוכנית שיווק'],
          ['Persian with ZWNJ', 'برنامه‌ریزی فصل'],
        ].map(([label, value]) => ({ kind, label, value })),
      ),
    )('accepts a $kind in $label', async ({ kind, value }) => {
      const { query, variables } = inputs[kind](value!);
      const result = await new GraphQLClient(app, client.cookie).request(query, variables);
      expect(result.errors).toBeUndefined();
    });
  });
});
