/** What a connection may do with a document. */
export const CAPABILITIES = ['edit', 'comment', 'view'] as const;
export type Capability = (typeof CAPABILITIES)[number];

/** Whether a connection with this capability may change the document's content. */
export function canWrite(capability: Capability): boolean {
  return capability === 'edit';
}
