import type { AddressInfo } from 'node:net';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SMTPServer } from 'smtp-server';
import { Factories } from '../support/factories.js';
import { createTestApp } from '../support/test-app.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

interface Received {
  to: string[];
  data: string;
}

describe('invitation emails over SMTP', () => {
  let database: TestDatabase;
  let app: NestExpressApplication;
  let smtp: SMTPServer;
  const received: Received[] = [];

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, session, callback) {
        let data = '';
        stream.on('data', (chunk: Buffer) => (data += chunk.toString()));
        stream.on('end', () => {
          received.push({ to: session.envelope.rcptTo.map((r) => r.address), data });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const { port } = smtp.server.address() as AddressInfo;
    database = await createTestDatabase();
    app = await createTestApp({
      database: database.config,
      env: {
        CHORUS_SEED_DEMO: 'false',
        SMTP_URL: `smtp://127.0.0.1:${port}`,
        MAIL_FROM: 'Chorus <chorus@example.test>',
        PUBLIC_URL: 'http://localhost:3000',
      },
    });
  }, 120_000);

  afterAll(async () => {
    await app?.close();
    await database?.drop();
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  });

  it('sends the link to the invited address and says so', async () => {
    const factories = new Factories(app);
    const owner = await factories.buildUser({ displayName: 'Mai Owner' });
    const workspace = await factories.buildWorkspace(owner, 'Saigon Social');
    const client = await factories.signedIn(owner);
    const result = await client.ok<{ createInvitation: { link: string; emailSent: boolean } }>(
      `mutation($input: CreateInvitationInput!) { createInvitation(input: $input) { link emailSent } }`,
      { input: { workspaceId: workspace.id, role: 'MEMBER', email: 'new.colleague@example.test' } },
    );
    expect(result.createInvitation.emailSent).toBe(true);
    expect(received).toHaveLength(1);
    expect(received[0]?.to).toEqual(['new.colleague@example.test']);
    const body = received[0]!.data.replace(/=\r?\n/g, '');
    expect(body).toContain(result.createInvitation.link);
    expect(body).toMatch(/Subject: Mai Owner invited you to Saigon Social on Chorus/);
  });

  it('emails a resent invitation with the new link, not the old one', async () => {
    const factories = new Factories(app);
    const owner = await factories.buildUser({ displayName: 'Mai Owner' });
    const workspace = await factories.buildWorkspace(owner, 'Hanoi Social');
    const { invitation, token } = await factories.buildInvitation(workspace, owner, {
      email: 'again@example.test',
    });
    const client = await factories.signedIn(owner);
    const before = received.length;
    const result = await client.ok<{ resendInvitation: { link: string; emailSent: boolean } }>(
      `mutation($id: ID!) { resendInvitation(invitationId: $id) { link emailSent } }`,
      { id: invitation.id },
    );
    expect(result.resendInvitation.emailSent).toBe(true);
    expect(received).toHaveLength(before + 1);
    const body = received.at(-1)!.data.replace(/=\r?\n/g, '');
    expect(body).toContain(result.resendInvitation.link);
    expect(body).not.toContain(token);
  });
});
