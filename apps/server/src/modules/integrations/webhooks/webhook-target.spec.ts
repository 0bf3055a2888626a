import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { postWebhook } from './webhook-sender.js';
import { isPrivateAddress, targetProblem } from './webhook-target.js';

describe('webhook targets', () => {
  it.each([
    '127.0.0.1',
    '10.0.0.1',
    '172.20.1.1',
    '192.168.0.5',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '::1',
    '::',
    'fd12::1',
    'fe80::1',
    '::ffff:10.0.0.1',
    'not-an-ip',
  ])('counts %s as private', (address) => {
    expect(isPrivateAddress(address)).toBe(true);
  });

  it.each(['93.184.216.34', '1.1.1.1', '2606:4700:4700::1111', '::ffff:8.8.8.8'])(
    'counts %s as public',
    (address) => {
      expect(isPrivateAddress(address)).toBe(false);
    },
  );

  it('refuses a host name that resolves to a private address, unless private targets are allowed', async () => {
    const resolve = () => Promise.resolve(['93.184.216.34', '10.0.0.7']);
    expect(await targetProblem('https://hooks.example.com/x', false, resolve)).toMatch(
      /private or local/,
    );
    expect(await targetProblem('https://hooks.example.com/x', true, resolve)).toBeNull();
    expect(
      await targetProblem('https://hooks.example.com/x', false, () =>
        Promise.resolve(['93.184.216.34']),
      ),
    ).toBeNull();
  });

  it('refuses other schemes, credentials in the URL and unknown hosts', async () => {
    const resolve = () => Promise.reject(new Error('ENOTFOUND'));
    expect(await targetProblem('ftp://example.com', false, resolve)).toMatch(/https/);
    expect(await targetProblem('https://u:p@example.com', true, resolve)).toMatch(/password/);
    expect(await targetProblem('https://nowhere.invalid', false, resolve)).toMatch(/not be found/);
  });

  it('does not connect to a private address at delivery time when private targets are off', async () => {
    let hits = 0;
    const server = createServer((_req, res) => {
      hits += 1;
      res.end('ok');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    try {
      const options = { timeoutMs: 5000, allowPrivate: false };
      const literal = await postWebhook(`http://127.0.0.1:${port}/`, {}, '{}', options);
      // A name is checked after it resolves (so re-pointing DNS later does not help).
      const named = await postWebhook(`http://localhost:${port}/`, {}, '{}', options);
      expect(literal).toMatchObject({ ok: false, statusCode: null });
      expect(named).toMatchObject({ ok: false, statusCode: null });
      expect(named.error).toMatch(/Refused/);
      expect(hits).toBe(0);
      const allowed = await postWebhook(`http://localhost:${port}/`, {}, '{}', {
        ...options,
        allowPrivate: true,
      });
      expect(allowed).toMatchObject({ ok: true, statusCode: 200 });
      expect(hits).toBe(1);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
