import type { GuestSessionRow, ShareLinkRow } from './share-links.repository.js';
import type {
  GuestSessionModel,
  ShareLinkModel,
  ShareLinkPreviewModel,
} from './share-links.model.js';
import type { SharePreview } from './share-redemption.service.js';
import { shareLinkStatus } from './share-links.service.js';

export function toShareLinkModel(row: ShareLinkRow): ShareLinkModel {
  return {
    id: row.id,
    brandId: row.brandId,
    resourceKind: row.resourceKind,
    documentId: row.documentId,
    documentTitle: row.documentTitle,
    documentKind: row.documentKind,
    calendarFrom: row.calendarFrom,
    calendarTo: row.calendarTo,
    networks: row.networks,
    categoryIds: row.categoryIds,
    capability: row.capability,
    label: row.label,
    expiresAt: row.expiresAt,
    hasPassword: row.passwordHash !== null,
    createdAt: row.createdAt,
    createdByName: row.createdByName,
    revokedAt: row.revokedAt,
    status: shareLinkStatus(row),
    lastOpenedAt: row.lastOpenedAt,
    lastOpenedByName: row.lastOpenedByName,
    openCount: Number(row.openCount),
  };
}

export function toPreviewModel(preview: SharePreview): ShareLinkPreviewModel {
  const { link } = preview;
  return {
    label: link.label,
    capability: link.capability,
    needsPassword: preview.needsPassword,
    needsEmail: preview.needsEmail,
    resourceKind: link.resourceKind,
    documentTitle: link.documentTitle,
    documentKind: link.documentKind,
    brandName: link.brandName,
    smtpConfigured: preview.smtpConfigured,
  };
}

export function toGuestSessionModel(
  row: GuestSessionRow,
  smtpConfigured: boolean,
): GuestSessionModel {
  const { link } = row;
  return {
    name: row.name,
    capability: link.capability,
    emailConfirmed: row.emailConfirmedAt !== null,
    emailConfirmationPending: row.emailConfirmedAt === null && row.otpPending,
    resourceKind: link.resourceKind,
    brandId: link.brandId,
    documentId: link.documentId,
    documentKind: link.documentKind,
    documentTitle: link.documentTitle,
    calendarFrom: link.calendarFrom,
    calendarTo: link.calendarTo,
    networks: link.networks,
    categoryIds: link.categoryIds,
    brandName: link.brandName,
    brandTimeZone: link.brandTimeZone,
    label: link.label,
    smtpConfigured,
  };
}
