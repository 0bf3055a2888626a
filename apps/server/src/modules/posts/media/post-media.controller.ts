import { Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { pipeline } from 'node:stream/promises';
import { AppError } from '../../../platform/errors/index.js';
import { attachment } from '../../../platform/files/index.js';
import { ExpensiveOperation } from '../../../platform/throttling/index.js';
import { CurrentPrincipal, type Principal } from '../../access/index.js';
import { parseRange } from './byte-range.js';
import { toMediaJson, type PostMediaJson } from './post-media.mapper.js';
import { PostMediaService } from './post-media.service.js';

/** Header a same-origin script sends with uploads; a cross-site form cannot. */
const REQUEST_HEADER = 'x-chorus-request';

/**
 * Post attachments over plain HTTP (the session cookie authenticates):
 * POST /api/posts/:postId/media?name=<file name> — the file as the raw body (any type but
 * JSON) with `X-Chorus-Request: 1`; answers the stored file (201). Who may attach is checked
 * before the body is read; the type comes from the bytes; the size is capped as they arrive.
 * GET /api/media/:id and /api/media/:id/thumbnail — the file for anyone who may read its post.
 */
@Controller('api')
export class PostMediaController {
  constructor(private readonly media: PostMediaService) {}

  @Post('posts/:postId/media')
  @HttpCode(201)
  @ExpensiveOperation('mediaUpload')
  async upload(
    @CurrentPrincipal() principal: Principal,
    @Param('postId') postId: string,
    @Query('name') name: unknown,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<PostMediaJson> {
    try {
      if (request.headers[REQUEST_HEADER] !== '1') {
        throw AppError.forbidden('Uploads need the X-Chorus-Request header.');
      }
      if (/^application\/json/i.test(request.headers['content-type'] ?? '')) {
        throw AppError.validation('file', 'Send the file itself as the body, not JSON.');
      }
      const post = await this.media.authorizeUpload(principal, postId);
      const declared = request.headers['content-length'];
      const stored = await this.media.upload(principal, post, request as AsyncIterable<Buffer>, {
        fileName: typeof name === 'string' ? name.slice(0, 300) : '',
        declaredBytes: declared !== undefined && /^\d+$/.test(declared) ? Number(declared) : null,
      });
      return toMediaJson(stored);
    } catch (error) {
      refuseRest(request, response, this.media.largestLimit);
      throw error;
    }
  }

  @Get('media/:id')
  async original(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const header = request.headers.range;
    const opened = await this.media.open(principal, id, 'original', (total) =>
      header ? parseRange(header, total) : undefined,
    );
    response.status(opened.range ? 206 : 200);
    setFileHeaders(response, opened.media.id, opened.mime, opened.fileName);
    response.setHeader('accept-ranges', 'bytes');
    if (opened.range) {
      const { start, end } = opened.range;
      response.setHeader('content-range', `bytes ${start}-${end}/${opened.totalBytes}`);
      response.setHeader('content-length', String(end - start + 1));
    } else {
      response.setHeader('content-length', String(opened.totalBytes));
    }
    if (request.method === 'HEAD') {
      opened.stream.destroy();
      response.end();
      return;
    }
    await pipeline(opened.stream, response);
  }

  @Get('media/:id/thumbnail')
  async thumbnail(
    @CurrentPrincipal() principal: Principal,
    @Param('id') id: string,
    @Res() response: Response,
  ): Promise<void> {
    const opened = await this.media.open(principal, id, 'thumbnail');
    response.status(200);
    setFileHeaders(response, `${opened.media.id}-thumbnail`, opened.mime, opened.fileName);
    response.setHeader('content-length', String(opened.totalBytes));
    await pipeline(opened.stream, response);
  }
}

/**
 * The headers of a served file: its real type, never sniffed by the browser, shown inline
 * under a clean name, kept by the browser only (files are behind access checks) and run
 * in a sandbox if opened on its own.
 */
function setFileHeaders(response: Response, etag: string, mime: string, fileName: string): void {
  response.setHeader('content-type', mime);
  response.setHeader('x-content-type-options', 'nosniff');
  response.setHeader('content-disposition', attachment(fileName).replace(/^attachment/, 'inline'));
  // A file's bytes never change under its id; access is checked on every request.
  response.setHeader('cache-control', 'private, max-age=3600');
  response.setHeader('etag', `"${etag}"`);
  response.setHeader('content-security-policy', "default-src 'none'; sandbox");
  response.setHeader('cross-origin-resource-policy', 'same-origin');
}

/**
 * After a refusal, the rest of the upload is read and dropped (nothing is stored) so the
 * browser sees the answer instead of a reset connection; a sender that goes on past the
 * largest allowed size is cut off. The connection closes after the answer.
 */
function refuseRest(request: Request, response: Response, largest: number): void {
  if (request.readableEnded || request.destroyed) return;
  response.setHeader('connection', 'close');
  let dropped = 0;
  request.on('data', (chunk: Buffer) => {
    dropped += chunk.length;
    if (dropped > largest) request.destroy();
  });
  request.resume();
}
