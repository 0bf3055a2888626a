import type { ComponentType, ReactNode } from 'react';
import type * as Y from 'yjs';
import type { Capability } from '../../../gql/graphql';
import type { OpenedDocument } from './registry';

/** What a document page hands an extension: the document, its live content and how to read it. */
export interface DocumentPageExtensionProps {
  document: OpenedDocument;
  /** The live shared document. */
  doc: Y.Doc;
  /** The reader's capability on the document now. */
  capability: Capability | null | undefined;
  /** The kind's content as plain text (to compare versions). */
  toComparableText: (doc: Y.Doc) => string;
  /** The kind's read-only view of a version's content. */
  renderPreview: (doc: Y.Doc) => ReactNode;
}

/**
 * Something another feature adds to every document page (approvals, …), without the
 * documents feature naming it: buttons in the header, and a strip above the editor.
 */
export interface DocumentPageExtension {
  name: string;
  HeaderAction?: ComponentType<DocumentPageExtensionProps>;
  Banner?: ComponentType<DocumentPageExtensionProps>;
}

const extensions: DocumentPageExtension[] = [];

/** Registers page extensions (the app does it once, in `app/document-kinds.ts`). */
export function registerDocumentPageExtensions(added: readonly DocumentPageExtension[]): void {
  for (const extension of added) {
    if (extensions.some((known) => known.name === extension.name)) {
      throw new Error(`Document page extension ${extension.name} is registered twice`);
    }
    extensions.push(extension);
  }
}

/** The registered page extensions, in registration order. */
export function documentPageExtensions(): readonly DocumentPageExtension[] {
  return extensions;
}
