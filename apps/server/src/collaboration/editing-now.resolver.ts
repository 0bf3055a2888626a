import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { DocumentModel } from '../modules/documents/index.js';
import { DocumentPresenceUserModel } from './document-presence-user.model.js';
import { LiveDocuments } from './live-documents.js';

interface StampedUser {
  id?: unknown;
  name?: unknown;
  color?: unknown;
}

/**
 * Who is in a document right now: the people connected to this instance, plus those
 * whose presence other instances relayed here (while the document is loaded here).
 */
@Resolver(() => DocumentModel)
export class EditingNowResolver {
  constructor(private readonly live: LiveDocuments) {}

  @ResolveField(() => [DocumentPresenceUserModel], {
    description: 'People who have the document open now',
  })
  editingNow(@Parent() document: DocumentModel): DocumentPresenceUserModel[] {
    const live = this.live.peek(document.id);
    if (!live) return [];
    const people = new Map<string, DocumentPresenceUserModel>();
    for (const connection of live.connections) {
      const { userId, name, color } = connection.user;
      people.set(userId, { id: userId, name, color });
    }
    for (const state of live.awareness.states.values()) {
      const user = (state as { user?: StampedUser }).user;
      if (
        user &&
        typeof user.id === 'string' &&
        typeof user.name === 'string' &&
        typeof user.color === 'string' &&
        !people.has(user.id)
      ) {
        people.set(user.id, { id: user.id, name: user.name, color: user.color });
      }
    }
    return [...people.values()].sort((a, b) => a.name.localeCompare(b.name));
  }
}
