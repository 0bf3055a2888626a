import { Args, ID, Resolver, Subscription } from '@nestjs/graphql';
import { CurrentPrincipal, type Principal } from '../access/index.js';
import { LiveFeed, type LiveEvent } from '../live/index.js';
import { iterateSignals } from '../notifications/index.js';
import { CommentThreadsService } from './comment-threads.service.js';
import { CommentThreadsChangeModel } from './comment.model.js';
import { CommentsRepository } from './comments.repository.js';

type Change = { commentThreadsChanged: CommentThreadsChangeModel };

/**
 * `commentThreadsChanged` over graphql-ws (modules/subscriptions): every committed comment
 * event of the document (the live feed hears them from every instance), re-authorised at
 * each delivery; a guest hears only about external threads. Identifiers only — the client
 * refetches what it shows.
 */
@Resolver(() => CommentThreadsChangeModel)
export class CommentsLiveResolver {
  constructor(
    private readonly feed: LiveFeed,
    private readonly threads: CommentThreadsService,
    private readonly repository: CommentsRepository,
  ) {}

  @Subscription(() => CommentThreadsChangeModel, {
    description:
      'A thread of the document changed (new, replied, edited, resolved, …); guests hear only of external threads',
  })
  async commentThreadsChanged(
    @CurrentPrincipal() principal: Principal,
    @Args('documentId', { type: () => ID }) documentId: string,
  ): Promise<AsyncIterableIterator<Change>> {
    const viewer = await this.threads.reader(principal, documentId);
    return iterateSignals<Change>((push) =>
      this.feed.subscribeBrand(viewer.access.brandId, (event) => {
        if (event.documentId !== documentId || !event.type.startsWith('comment.')) return;
        push(this.deliverable(principal, documentId, event));
      }),
    );
  }

  /** The change, when the subscriber may still read the document (and, a guest, the thread). */
  private async deliverable(
    principal: Principal,
    documentId: string,
    event: LiveEvent,
  ): Promise<Change | null> {
    const viewer = await this.threads.reader(principal, documentId).catch(() => null);
    if (!viewer) return null;
    if (!viewer.seesInternal) {
      const visibility = await this.repository.visibility(event.subjectId);
      if (visibility !== 'external') return null;
    }
    return { commentThreadsChanged: { documentId, threadId: event.subjectId } };
  }
}
