import { randomUUID } from 'node:crypto';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Factories, TEST_PASSWORD } from '../support/factories.js';
import { errorCode, GraphQLClient } from '../support/graphql.js';
import { createTestApp } from '../support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

const UPDATE_PROFILE = `mutation($input: UpdateProfileInput!) {
  updateProfile(input: $input) { id displayName interfaceLanguage timeZone }
}`;
const LEAVE = `mutation($id: ID!) { leaveWorkspace(workspaceId: $id) }`;
const RESEND = `mutation($id: ID!) { resendInvitation(invitationId: $id) { link emailSent invitation { id status } } }`;
const ACCEPT = `mutation($token: String!) { acceptInvitation(token: $token) { id } }`;

describe('profile, leaving a workspace, resending invitations, brand roles', () => {
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

  /** A workspace with an owner, an admin and a member (each signed in), and an outsider. */
  async function workspaceWithPeople() {
    const owner = await factories.buildUser();
    const workspace = await factories.buildWorkspace(owner);
    const admin = await factories.buildUser();
    await factories.addMember(workspace, admin, 'admin');
    const member = await factories.buildUser();
    await factories.addMember(workspace, member, 'member');
    const outsider = await factories.buildUser();
    await factories.buildWorkspace(outsider, 'Elsewhere');
    return {
      workspace,
      users: { owner, admin, member, outsider },
      clients: {
        owner: await factories.signedIn(owner),
        admin: await factories.signedIn(admin),
        member: await factories.signedIn(member),
        outsider: await factories.signedIn(outsider),
        anonymous: factories.anonymous(),
      },
    };
  }

  describe('updateProfile', () => {
    it('saves display name, interface language and time zone, and signing in brings them back', async () => {
      const user = await factories.buildUser();
      const client = await factories.signedIn(user);
      const updated = await client.ok<{ updateProfile: Record<string, unknown> }>(UPDATE_PROFILE, {
        input: { displayName: ' Sara Ahmadi ', interfaceLanguage: 'fa', timeZone: 'Asia/Tehran' },
      });
      expect(updated.updateProfile).toEqual({
        id: user.id,
        displayName: 'Sara Ahmadi',
        interfaceLanguage: 'fa',
        timeZone: 'Asia/Tehran',
      });
      const browser = new GraphQLClient(app);
      const signedIn = await browser.ok<{ signIn: { user: Record<string, unknown> } }>(
        `mutation($input: SignInInput!) { signIn(input: $input) { user { interfaceLanguage timeZone } } }`,
        { input: { email: user.email, password: TEST_PASSWORD } },
      );
      expect(signedIn.signIn.user).toEqual({ interfaceLanguage: 'fa', timeZone: 'Asia/Tehran' });
      // Leaving a field out keeps it; null clears it.
      const cleared = await client.ok<{ updateProfile: Record<string, unknown> }>(UPDATE_PROFILE, {
        input: { timeZone: null },
      });
      expect(cleared.updateProfile).toMatchObject({ interfaceLanguage: 'fa', timeZone: null });
    });

    it("shows nobody else a person's language or time zone", async () => {
      const { workspace, users, clients } = await workspaceWithPeople();
      await clients.member.ok(UPDATE_PROFILE, {
        input: { interfaceLanguage: 'th', timeZone: 'Asia/Bangkok' },
      });
      const seen = await clients.owner.ok<{
        workspace: { members: Array<{ user: Record<string, unknown> }> };
      }>(
        `query($id: ID!) { workspace(id: $id) { members { user { id interfaceLanguage timeZone } } } }`,
        { id: workspace.id },
      );
      expect(seen.workspace.members.find((m) => m.user.id === users.member.id)?.user).toEqual({
        id: users.member.id,
        interfaceLanguage: null,
        timeZone: null,
      });
    });

    it.each([
      [{ interfaceLanguage: 'de' }, 'interfaceLanguage'],
      [{ timeZone: 'Mars/Olympus_Mons' }, 'timeZone'],
      [{ timeZone: '+07:00' }, 'timeZone'],
      [{ displayName: '\u200B' }, 'displayName'],
      [{ displayName: 'Sara\u202E' }, 'displayName'],
    ])('refuses %p as VALIDATION on %s and changes nothing', async (input, field) => {
      const client = await factories.signedIn(await factories.buildUser());
      const before = await factories.snapshot();
      const result = await client.request(UPDATE_PROFILE, { input });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION', field });
      expect(await factories.snapshot()).toBe(before);
    });

    it('needs a session', async () => {
      const result = await factories
        .anonymous()
        .request(UPDATE_PROFILE, { input: { displayName: 'X' } });
      expect(errorCode(result)).toBe('UNAUTHENTICATED');
    });
  });

  describe('leaveWorkspace', () => {
    it.each([
      ['admin', null],
      ['member', null],
      ['outsider', 'NOT_FOUND'],
      ['anonymous', 'UNAUTHENTICATED'],
    ] as const)('as %s answers %s', async (actor, code) => {
      const { workspace, users, clients } = await workspaceWithPeople();
      const result = await clients[actor].request(LEAVE, { id: workspace.id });
      expect(errorCode(result)).toBe(code ?? undefined);
      if (code === null) {
        const left = await factories.db.query(
          'SELECT 1 FROM workspace_members WHERE workspace_id = $1 AND user_id = $2',
          [workspace.id, users[actor].id],
        );
        expect(left).toHaveLength(0);
      }
    });

    it('refuses the last owner with LAST_OWNER and changes nothing; with a second owner they may leave', async () => {
      const { workspace, users, clients } = await workspaceWithPeople();
      const before = await factories.snapshot();
      expect(errorCode(await clients.owner.request(LEAVE, { id: workspace.id }))).toBe(
        'LAST_OWNER',
      );
      expect(await factories.snapshot()).toBe(before);
      await factories.db.query(
        `UPDATE workspace_members SET role = 'owner' WHERE workspace_id = $1 AND user_id = $2`,
        [workspace.id, users.admin.id],
      );
      expect((await clients.owner.request(LEAVE, { id: workspace.id })).errors).toBeUndefined();
    });

    it('takes the leaver out of the workspace teams too', async () => {
      const { workspace, users, clients } = await workspaceWithPeople();
      const team = await factories.buildTeam(workspace);
      await factories.setTeamRoles(team, users.member, ['strategist']);
      await clients.member.ok(LEAVE, { id: workspace.id });
      const rows = await factories.db.query('SELECT 1 FROM team_members WHERE team_id = $1', [
        team.id,
      ]);
      expect(rows).toHaveLength(0);
    });
  });

  describe('resendInvitation', () => {
    it.each([
      ['owner', null],
      ['admin', null],
      ['member', 'FORBIDDEN'],
      ['outsider', 'NOT_FOUND'],
      ['anonymous', 'UNAUTHENTICATED'],
    ] as const)('as %s answers %s; a resent link replaces the old one', async (actor, code) => {
      const { workspace, users, clients } = await workspaceWithPeople();
      const { invitation, token } = await factories.buildInvitation(workspace, users.owner, {
        expiresAt: new Date(Date.now() - 1000), // expired: resending is how it comes back
      });
      const before = await factories.snapshot();
      const result = await clients[actor].request<{
        resendInvitation: { link: string; emailSent: boolean; invitation: { status: string } };
      }>(RESEND, { id: invitation.id });
      expect(errorCode(result)).toBe(code ?? undefined);
      if (code !== null) {
        expect(await factories.snapshot()).toBe(before);
        return;
      }
      const resent = result.data!.resendInvitation;
      expect(resent.invitation.status).toBe('PENDING');
      expect(resent.emailSent).toBe(false);
      const newToken = resent.link.split('/').pop()!;
      expect(newToken).not.toBe(token);
      const joiner = await factories.signedIn(await factories.buildUser());
      const old = await joiner.request(ACCEPT, { token });
      expect(old.errors?.[0]?.extensions).toMatchObject({
        code: 'INVITATION_INVALID',
        reason: 'unknown',
      });
      expect((await joiner.request(ACCEPT, { token: newToken })).errors).toBeUndefined();
    });

    it('refuses an accepted or revoked invitation, and lets only owners resend an owner invitation', async () => {
      const { workspace, users, clients } = await workspaceWithPeople();
      const accepted = await factories.buildInvitation(workspace, users.owner, {
        acceptedAt: new Date(),
        acceptedBy: users.member.id,
      });
      const revoked = await factories.buildInvitation(workspace, users.owner, {
        revokedAt: new Date(),
      });
      const forOwner = await factories.buildInvitation(workspace, users.owner, { role: 'owner' });
      const answer = async (client: GraphQLClient, id: string) =>
        (await client.request(RESEND, { id })).errors?.[0]?.extensions;
      expect(await answer(clients.owner, accepted.invitation.id)).toMatchObject({
        code: 'INVITATION_INVALID',
        reason: 'accepted',
      });
      expect(await answer(clients.owner, revoked.invitation.id)).toMatchObject({
        code: 'INVITATION_INVALID',
        reason: 'revoked',
      });
      expect(await answer(clients.admin, forOwner.invitation.id)).toMatchObject({
        code: 'FORBIDDEN',
      });
      expect(await answer(clients.owner, forOwner.invitation.id)).toBeUndefined();
      expect(await answer(clients.owner, randomUUID())).toMatchObject({ code: 'NOT_FOUND' });
    });
  });

  it('lists only real roles in Brand.myRoles, never the plain workspace "member"', async () => {
    const { workspace, users, clients } = await workspaceWithPeople();
    const team = await factories.buildTeam(workspace);
    const brand = await factories.buildBrand(workspace, [team]);
    await factories.setTeamRoles(team, users.member, ['strategist', 'moderator']);
    const roles = async (client: GraphQLClient) =>
      (
        await client.ok<{ brand: { myRoles: string[] } }>(
          `query($id: ID!) { brand(id: $id) { myRoles } }`,
          { id: brand.id },
        )
      ).brand.myRoles;
    expect(await roles(clients.member)).toEqual(['strategist', 'moderator']);
    expect(await roles(clients.admin)).toEqual(['admin']);
    expect(await roles(clients.owner)).toEqual(['owner']);
  });
});
