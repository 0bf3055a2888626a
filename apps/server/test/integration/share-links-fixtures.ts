import type { GraphQLClient } from '../support/graphql.js';

export const CREATE_LINK = `mutation($i: CreateShareLinkInput!) {
  createShareLink(input: $i) {
    url
    link { id brandId documentId documentTitle documentKind calendarFrom calendarTo networks categoryIds
           capability label expiresAt hasPassword createdAt createdByName revokedAt status
           lastOpenedAt lastOpenedByName openCount }
  }
}`;
export const REVOKE_LINK = `mutation($id: ID!) { revokeShareLink(id: $id) { id status revokedAt } }`;
export const LINKS = `query($b: ID!, $d: ID) { shareLinks(brandId: $b, documentId: $d) { id label status openCount lastOpenedByName lastOpenedAt hasPassword } }`;
export const PREVIEW = `query($t: String!) { shareLinkPreview(token: $t) { label capability needsPassword needsEmail resourceKind documentTitle documentKind brandName smtpConfigured } }`;
export const REDEEM = `mutation($i: RedeemShareLinkInput!) { redeemShareLink(input: $i) { name capability emailConfirmed emailConfirmationPending resourceKind brandId documentId documentKind documentTitle calendarFrom calendarTo brandName brandTimeZone label } }`;
export const GUEST = `query { guestSession { name capability documentId label emailConfirmed } }`;
export const CONFIRM = `mutation($c: String!) { confirmGuestEmail(code: $c) { emailConfirmed emailConfirmationPending } }`;
export const CREATE_DOCUMENT = `mutation($i: CreateDocumentInput!) { createDocument(input: $i) { id title } }`;
export const OPEN_DOCUMENT = `query($id: ID!) { document(id: $id) { id title myCapability } }`;

/** The token at the end of a share URL. */
export function tokenOf(url: string): string {
  return url.slice(url.lastIndexOf('/s/') + 3);
}

/** A new strategy of the brand, created by `client`. */
export async function createStrategy(client: GraphQLClient, brandId: string, title: string) {
  const data = await client.ok<{ createDocument: { id: string } }>(CREATE_DOCUMENT, {
    i: { brandId, kind: 'STRATEGY', title },
  });
  return data.createDocument.id;
}

/** A share link of one document; its id and token. */
export async function shareDocument(
  client: GraphQLClient,
  brandId: string,
  documentId: string,
  extra: Record<string, unknown> = {},
): Promise<{ id: string; token: string; url: string }> {
  const data = await client.ok<{ createShareLink: { url: string; link: { id: string } } }>(
    CREATE_LINK,
    { i: { brandId, documentId, capability: 'COMMENT', label: 'Client — Lotus', ...extra } },
  );
  return {
    id: data.createShareLink.link.id,
    url: data.createShareLink.url,
    token: tokenOf(data.createShareLink.url),
  };
}
