import { Module } from '@nestjs/common';
import { DocumentKindRegistry, DocumentsModule } from '../documents/index.js';
import { postKind } from './post.kind.js';

/** Posts as a document kind (a plain text body until the content calendar). */
@Module({ imports: [DocumentsModule] })
export class PostsModule {
  constructor(kinds: DocumentKindRegistry) {
    kinds.register(postKind);
  }
}
