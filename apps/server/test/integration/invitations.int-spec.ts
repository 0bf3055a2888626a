import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { InvitationEntity } from '../../src/modules/invitations/index.js';
import { WorkspaceMemberEntity } from '../../src/modules/workspaces/index.js';
import { Factories } from '../support/factories.js';
import { errorCode } from '../support/graphql.js';
import { createTestApp } from '../support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

const CREATE = `mutation($input: CreateInvitationInput!) {
  createInvitation(input: $input) { link emailSent invitation { id role status email } }
}`;
const PREVIEW = `query($token: String!) { invitationPreview(token: $token) { workspaceName role invitedByName } }`;
const ACCEPT = `mutation($token: String!) { acceptInvitation(token: $token) { id name myRole } }`;

describe('invitations', () => {
  let database: TestDatabase;
  let app: NestExpressApplication;
  let factories: Factories;
  let db: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await createTestApp({
      database: database.config,
      env: { CHORUS_SEED_DEMO: 'false', PUBLIC_URL: 'http://chorus.localhost:3000' },
    });
    factories = new Factories(app);
    db = app.get(DataSource);
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  async function ownerWithWorkspace() {
    const owner = await factories.buildUser({ displayName: 'Olena Owner' });
    const workspace = await factories.buildWorkspace(owner, 'Kyiv Agency');
    return { owner, workspace, client: await factories.signedIn(owner) };
  }

  it('creates a single-use link whose token is stored only as a hash, and lets a colleague join', async () => {
    const { workspace, client } = await ownerWithWorkspace();
    const created = await client.ok<{
      createInvitation: {
        link: string;
        emailSent: boolean;
        invitation: { id: string; status: string; role: string };
      };
    }>(CREATE, {
      input: { workspaceId: workspace.id, role: 'MEMBER', email: 'colleague@example.test' },
    });
    const { link, emailSent, invitation } = created.createInvitation;
    expect(link).toMatch(/^http:\/\/chorus\.localhost:3000\/invite\/[A-Za-z0-9_-]{43}$/);
    expect(emailSent).toBe(false);
    expect(invitation).toMatchObject({ status: 'PENDING', role: 'MEMBER' });
    const token = link.split('/').pop()!;
    const stored = await db.manager.findOneByOrFail(InvitationEntity, { id: invitation.id });
    expect(stored.tokenHash).not.toBe(token);
    expect(JSON.stringify(stored)).not.toContain(token);

    const colleague = await factories.buildUser();
    const browser = await factories.signedIn(colleague);
    const preview = await factories
      .anonymous()
      .ok<{ invitationPreview: unknown }>(PREVIEW, { token });
    expect(preview.invitationPreview).toEqual({
      workspaceName: 'Kyiv Agency',
      role: 'MEMBER',
      invitedByName: 'Olena Owner',
    });
    const accepted = await browser.ok<{ acceptInvitation: { id: string; myRole: string } }>(
      ACCEPT,
      { token },
    );
    expect(accepted.acceptInvitation).toMatchObject({ id: workspace.id, myRole: 'MEMBER' });

    const again = await (
      await factories.signedIn(await factories.buildUser())
    ).request(ACCEPT, { token });
    expect(again.errors?.[0]?.extensions).toEqual({
      code: 'INVITATION_INVALID',
      reason: 'accepted',
    });
  });

  it('refuses an expired link and adds nobody', async () => {
    const { owner, workspace } = await ownerWithWorkspace();
    const { token } = await factories.buildInvitation(workspace, owner, {
      expiresAt: new Date(Date.now() - 1000),
    });
    const guest = await factories.buildUser();
    const before = await factories.snapshot();
    const result = await (await factories.signedIn(guest)).request(ACCEPT, { token });
    expect(result.errors?.[0]?.extensions).toEqual({
      code: 'INVITATION_INVALID',
      reason: 'expired',
    });
    expect(await factories.snapshot()).toBe(before);
    const preview = await factories.anonymous().request(PREVIEW, { token });
    expect(preview.errors?.[0]?.extensions).toEqual({
      code: 'INVITATION_INVALID',
      reason: 'expired',
    });
  });

  it('refuses a revoked link', async () => {
    const { owner, workspace, client } = await ownerWithWorkspace();
    const { invitation, token } = await factories.buildInvitation(workspace, owner);
    const revoked = await client.ok<{ revokeInvitation: { status: string } }>(
      `mutation($id: ID!) { revokeInvitation(invitationId: $id) { status } }`,
      { id: invitation.id },
    );
    expect(revoked.revokeInvitation.status).toBe('REVOKED');
    const result = await (
      await factories.signedIn(await factories.buildUser())
    ).request(ACCEPT, { token });
    expect(result.errors?.[0]?.extensions).toEqual({
      code: 'INVITATION_INVALID',
      reason: 'revoked',
    });
  });

  it('refuses an unknown or garbage token without saying more', async () => {
    const browser = await factories.signedIn(await factories.buildUser());
    for (const token of ['unknown-token', 'x'.repeat(500), '']) {
      const result = await browser.request(ACCEPT, { token });
      expect(result.errors?.[0]?.extensions).toEqual({
        code: 'INVITATION_INVALID',
        reason: 'unknown',
      });
    }
  });

  it('needs a signed-in person to accept', async () => {
    const { owner, workspace } = await ownerWithWorkspace();
    const { token } = await factories.buildInvitation(workspace, owner);
    expect(errorCode(await factories.anonymous().request(ACCEPT, { token }))).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('refuses a member who accepts a second link to the same workspace, leaving their role alone', async () => {
    const { owner, workspace } = await ownerWithWorkspace();
    const member = await factories.buildUser();
    await factories.addMember(workspace, member, 'member');
    const { token } = await factories.buildInvitation(workspace, owner, { role: 'admin' });
    const result = await (await factories.signedIn(member)).request(ACCEPT, { token });
    expect(errorCode(result)).toBe('CONFLICT');
    const row = await db.manager.findOneByOrFail(WorkspaceMemberEntity, {
      workspaceId: workspace.id,
      userId: member.id,
    });
    expect(row.role).toBe('member');
  });

  it('lets only an owner invite someone as owner', async () => {
    const { workspace } = await ownerWithWorkspace();
    const admin = await factories.buildUser();
    await factories.addMember(workspace, admin, 'admin');
    const adminClient = await factories.signedIn(admin);
    const before = await factories.snapshot();
    const result = await adminClient.request(CREATE, {
      input: { workspaceId: workspace.id, role: 'OWNER' },
    });
    expect(errorCode(result)).toBe('FORBIDDEN');
    expect(await factories.snapshot()).toBe(before);
    const asAdmin = await adminClient.request(CREATE, {
      input: { workspaceId: workspace.id, role: 'ADMIN' },
    });
    expect(asAdmin.errors).toBeUndefined();
  });

  it('refuses an invalid email on an invitation', async () => {
    const { workspace, client } = await ownerWithWorkspace();
    const result = await client.request(CREATE, {
      input: { workspaceId: workspace.id, role: 'MEMBER', email: 'nope' },
    });
    expect(result.errors?.[0]?.extensions).toEqual({ code: 'VALIDATION', field: 'email' });
  });
});
