import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { SessionsService } from './sessions.service.js';

/** Resolves the session cookie into `request.principal` for GraphQL and /api requests. */
@Injectable()
export class SessionMiddleware implements NestMiddleware {
  constructor(private readonly sessions: SessionsService) {}

  use(request: Request, response: Response, next: NextFunction): void {
    this.sessions.principalFromRequest(request).then(
      (principal) => {
        request.principal = principal;
        // A guest's answers never send its share link on (the token is in its page's address).
        if (principal.kind === 'guest') response.setHeader('Referrer-Policy', 'no-referrer');
        next();
      },
      (error: unknown) => next(error),
    );
  }
}
