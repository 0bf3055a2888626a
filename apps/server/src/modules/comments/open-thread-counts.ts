import { Injectable } from '@nestjs/common';
import { Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, type Principal } from '../access/index.js';
import { DocumentModel } from '../documents/index.js';
import { PostModel } from '../posts/index.js';
import { CommentsRepository } from './comments.repository.js';

type Counts = Awaited<ReturnType<CommentsRepository['openCounts']>>;

interface Waiting {
  documentId: string;
  resolve: (counts: Counts) => void;
  reject: (error: unknown) => void;
}

/**
 * Open-thread counts of the documents one response asks about, in ONE statement: the
 * documents resolved in the same turn of the event loop (a list, a calendar) are batched.
 * The statement answers both counts (all open threads, and the external ones), so one batch
 * serves team members and guests alike.
 */
@Injectable()
export class OpenThreadCounts {
  private waiting: Waiting[] | null = null;

  constructor(private readonly repository: CommentsRepository) {}

  async of(principal: Principal, documentId: string): Promise<number> {
    const counts = await new Promise<Counts>((resolve, reject) => {
      if (!this.waiting) {
        this.waiting = [];
        setImmediate(() => void this.flush());
      }
      this.waiting.push({ documentId, resolve, reject });
    });
    const found = counts.get(documentId);
    if (!found) return 0;
    // The parent was already authorised; a guest counts only what a guest sees.
    return principal.kind === 'guest' ? found.external : found.all;
  }

  private async flush(): Promise<void> {
    const batch = this.waiting ?? [];
    this.waiting = null;
    try {
      const counts = await this.repository.openCounts(batch.map((item) => item.documentId));
      for (const item of batch) item.resolve(counts);
    } catch (error) {
      for (const item of batch) item.reject(error);
    }
  }
}

@Resolver(() => DocumentModel)
export class DocumentOpenThreadsResolver {
  constructor(private readonly counts: OpenThreadCounts) {}

  @ResolveField('openThreadCount', () => Int, {
    description: 'Unresolved comment threads on it that the caller may see',
  })
  openThreadCount(
    @CurrentPrincipal() principal: Principal,
    @Parent() document: DocumentModel,
  ): Promise<number> {
    return this.counts.of(principal, document.id);
  }
}

@Resolver(() => PostModel)
export class PostOpenThreadsResolver {
  constructor(private readonly counts: OpenThreadCounts) {}

  @ResolveField('openThreadCount', () => Int, {
    description: 'Unresolved comment threads on the post that the caller may see',
  })
  openThreadCount(
    @CurrentPrincipal() principal: Principal,
    @Parent() post: PostModel,
  ): Promise<number> {
    return this.counts.of(principal, post.id);
  }
}
