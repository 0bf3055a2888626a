import type { NestExpressApplication } from '@nestjs/platform-express';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Test } from 'supertest';

/** A supertest call whose body is read as raw bytes (a Buffer), whatever its content type. */
export function asBytes(call: Test): Test {
  return call.buffer(true).parse((response, done) => {
    const chunks: Buffer[] = [];
    response.on('data', (chunk: Buffer) => chunks.push(chunk));
    response.on('end', () => done(null, Buffer.concat(chunks)));
  });
}

/**
 * POSTs `head` then `chunks` × `chunkBytes` filler bytes with no declared length
 * (transfer-encoding: chunked), as the app's own client would, signed in by `cookie`.
 * Answers the status and the raw body.
 */
export async function postUnsized(
  app: NestExpressApplication,
  upload: { path: string; cookie: string; head: Buffer; chunks: number; chunkBytes: number },
): Promise<{ status: number; body: string }> {
  const server = app.getHttpServer();
  if (!server.listening)
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const call = http.request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: upload.path,
        headers: {
          cookie: upload.cookie,
          'x-chorus-request': '1',
          'content-type': 'application/octet-stream',
          'transfer-encoding': 'chunked',
        },
      },
      (response) => {
        let body = '';
        response.on('data', (chunk: Buffer) => (body += chunk.toString()));
        response.on('end', () => resolve({ status: response.statusCode!, body }));
      },
    );
    call.on('error', reject);
    call.write(upload.head);
    for (let i = 0; i < upload.chunks; i += 1) call.write(Buffer.alloc(upload.chunkBytes, 7));
    call.end();
  });
}
