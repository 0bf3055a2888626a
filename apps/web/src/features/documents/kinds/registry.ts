import type { TFunction } from 'i18next';
import { memo, type ComponentType } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import type {
  CreateDocumentInput,
  DocumentKind,
  DocumentQuery as DocumentResult,
} from '../../../gql/graphql';
import type { BrandSectionPath } from '../../brands';

/** A document as its page loaded it. */
export type OpenedDocument = DocumentResult['document'];

/** What a kind's editor receives: the document, its shared state and whether it may change. */
export interface KindEditorProps {
  document: OpenedDocument;
  doc: Y.Doc;
  awareness: Awareness | null;
  /** True when the person may edit now (capability EDIT and the connection not refused). */
  editable: boolean;
  /**
   * Set on a share link's guest page: the guest reads (never edits) and sees the external
   * comment threads; with a comment or approve link they comment too. No tone check.
   */
  guest?: KindGuest | null;
}

/** A share-link guest reading a kind's editor. */
export interface KindGuest {
  /** A comment or approve link: may start external threads and reply to them. */
  canComment: boolean;
}

/** What a kind's read-only preview receives (a version in the version history). */
export interface KindPreviewProps {
  document: OpenedDocument;
  doc: Y.Doc;
}

/** The texts of a kind's list page and the way back to it. */
export interface KindLabels {
  /** The list page's title and description. */
  title: string;
  description: string;
  /** The "New …" button and the create dialog's title. */
  create: string;
  /** What an empty list says, to readers and to people who may create. */
  empty: string;
  emptyEditor: string;
  /** The link from a document page back to its list. */
  back: string;
}

/** Props of a kind's own fields in the create dialog. */
export interface CreateFieldsProps<Value> {
  value: Value;
  onChange: (value: Value) => void;
  /** True once the person tried to submit: show the kind's own validation problems. */
  showErrors: boolean;
  /** The server's problem with an input field, by name. */
  fieldError: (field: string) => string | undefined;
}

/** The extra fields a kind asks for when a document of it is created (beyond the title). */
export interface KindCreateFields<Value> {
  /** The fields' first value; `uiLanguage` is the reader's interface language. */
  initial: (context: { uiLanguage: string }) => Value;
  Fields: ComponentType<CreateFieldsProps<Value>>;
  /** False while the value has problems that `Fields` shows (then nothing is sent). */
  isValid: (value: Value) => boolean;
  /** The value as fields of `createDocument`'s input. */
  toInput: (value: Value) => Partial<CreateDocumentInput>;
  /** The server's input fields these fields show problems of (besides `title`). */
  serverFields?: readonly string[];
}

/** The parts of a kind that bring its editor code; loaded with the first document of it. */
export interface DocumentKindParts {
  Editor: ComponentType<KindEditorProps>;
  Preview: ComponentType<KindPreviewProps>;
  /** The content as plain text, for comparing versions (and later search). */
  comparableText: (doc: Y.Doc) => string;
  /** Extra buttons in the document page's header (exports). */
  Actions?: ComponentType<{ document: OpenedDocument }>;
  create?: KindCreateFields<unknown>;
}

/**
 * One document kind, as the web app knows it: where its documents are listed, the matrix
 * action that creates and edits them, and its editor parts (loaded on first use). The
 * documents feature names no kind; each kind's feature hands one of these to the registry.
 */
export interface DocumentKindModule {
  kind: DocumentKind;
  /** The matrix action that creates and edits documents of this kind. */
  editAction: string;
  /** The brand section that lists them (its route is the section's path). */
  section: BrandSectionPath;
  /**
   * False when another page of the section lists them (posts: the content calendar), so
   * the section gets no document list; the way back from a document still leads there.
   */
  listPage?: boolean;
  labels: (t: TFunction) => KindLabels;
  /** Whether the list shows each document's language. */
  listsLanguage?: boolean;
  load: () => Promise<DocumentKindParts>;
}

/** Types a kind's create fields, then hands them to the registry (which does not know Value). */
export function defineCreateFields<Value>(
  fields: KindCreateFields<Value>,
): KindCreateFields<unknown> {
  return fields as unknown as KindCreateFields<unknown>;
}

const modules = new Map<DocumentKind, DocumentKindModule>();
const loaded = new Map<DocumentKind, Promise<DocumentKindParts>>();

/** Registers kinds (the app does it once, in `app/document-kinds.ts`). */
export function registerDocumentKinds(kinds: readonly DocumentKindModule[]): void {
  for (const kind of kinds) {
    if (modules.has(kind.kind)) throw new Error(`Document kind ${kind.kind} is registered twice`);
    modules.set(kind.kind, kind);
  }
}

/** The registered kind, or undefined for a kind this app cannot show. */
export function documentKindModule(kind: DocumentKind): DocumentKindModule | undefined {
  return modules.get(kind);
}

/** Every registered kind, in registration order. */
export function registeredDocumentKinds(): DocumentKindModule[] {
  return [...modules.values()];
}

/**
 * A kind's parts, loaded once (the same promise every time, as React's `use` wants). A failed
 * load is forgotten, so the next attempt loads again.
 */
export function loadKindParts(module: DocumentKindModule): Promise<DocumentKindParts> {
  let parts = loaded.get(module.kind);
  if (!parts) {
    // The editor is memoised once per kind: the page around it re-renders with every
    // keystroke (save status, presence), its props do not change, so it is left alone.
    const loading: Promise<DocumentKindParts> & { status?: string; value?: DocumentKindParts } =
      module.load().then((value) => ({ ...value, Editor: memo(value.Editor) }));
    // Marked as React marks thenables: once loaded, `use` reads it without suspending again.
    loading.then(
      (value) => {
        loading.status = 'fulfilled';
        loading.value = value;
      },
      () => loaded.delete(module.kind),
    );
    parts = loading;
    loaded.set(module.kind, parts);
  }
  return parts;
}

/** The address of a document's page. */
export function documentPath(workspaceId: string, brandId: string, documentId: string): string {
  return `/w/${encodeURIComponent(workspaceId)}/b/${encodeURIComponent(brandId)}/d/${encodeURIComponent(documentId)}`;
}
