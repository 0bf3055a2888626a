/** The matrix action that creates, lists and revokes share links (owners, leads, strategists). */
export const MANAGE_SHARE_LINKS = 'shareLink.manage';
