import { Module } from '@nestjs/common';
import { DocumentsModule } from '../modules/documents/index.js';
import { AccountsModule } from '../modules/accounts/index.js';
import { ShareLinksModule } from '../modules/share-links/index.js';
import { HealthModule } from '../platform/health/index.js';
import { CollabGateway } from './collab-gateway.js';
import { Compactor } from './compactor.js';
import { DocumentEditor } from './document-editor.js';
import { EditingNowResolver } from './editing-now.resolver.js';
import { DocumentStore } from './document-store.js';
import { fanoutProvider } from './fanout.provider.js';
import { hookProviders } from './hooks/index.js';
import { LiveDocuments } from './live-documents.js';
import { MessageDispatch } from './message-dispatch.js';
import { RevocationPolicy } from './revocation-policy.js';

/** The y-websocket endpoint at /collab/<documentId> and its document store. */
@Module({
  imports: [DocumentsModule, AccountsModule, ShareLinksModule, HealthModule],
  providers: [
    DocumentStore,
    LiveDocuments,
    fanoutProvider,
    ...hookProviders,
    MessageDispatch,
    RevocationPolicy,
    CollabGateway,
    Compactor,
    DocumentEditor,
    EditingNowResolver,
  ],
  exports: [DocumentStore, LiveDocuments, CollabGateway, DocumentEditor],
})
export class CollaborationModule {}
