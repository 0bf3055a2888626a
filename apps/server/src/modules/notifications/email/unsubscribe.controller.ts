import { Controller, Get, HttpCode, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { NotificationUnsubscribe, type UnsubscribePage } from './notification-unsubscribe.js';

/**
 * `/api/notifications/unsubscribe?token=…` from the links and List-Unsubscribe headers of
 * notification emails. GET shows a page asking to confirm (mail scanners follow GET links,
 * so GET changes nothing); POST — the page's button, or a mail client's one-click
 * `List-Unsubscribe=One-Click` (RFC 8058) — turns that kind's email off. No cookie: the
 * signed token is the credential.
 */
@Controller('api/notifications/unsubscribe')
export class UnsubscribeController {
  constructor(private readonly unsubscribe: NotificationUnsubscribe) {}

  @Get()
  async confirm(@Query('token') token: unknown, @Res() response: Response): Promise<void> {
    send(response, await this.unsubscribe.confirmPage(typeof token === 'string' ? token : ''));
  }

  @Post()
  @HttpCode(200)
  async apply(@Query('token') token: unknown, @Res() response: Response): Promise<void> {
    send(response, await this.unsubscribe.apply(typeof token === 'string' ? token : ''));
  }
}

function send(response: Response, page: UnsubscribePage): void {
  response.status(page.status).setHeader('cache-control', 'no-store').type('html').send(page.html);
}
