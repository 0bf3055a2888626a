import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  DocumentKind,
  ShareCapability,
  ShareLinkStatus,
  ShareResourceKind,
} from '../../gql/graphql';
import { useFormatters } from '../../i18n';

const capabilityKeys = {
  VIEW: 'sharing.capability.view',
  COMMENT: 'sharing.capability.comment',
  APPROVE: 'sharing.capability.approve',
} as const satisfies Record<ShareCapability, string>;

const statusKeys = {
  ACTIVE: 'sharing.status.active',
  EXPIRED: 'sharing.status.expired',
  REVOKED: 'sharing.status.revoked',
} as const satisfies Record<ShareLinkStatus, string>;

const kindKeys = {
  STRATEGY: 'sharing.kind.strategy',
  MEDIA_PLAN: 'sharing.kind.mediaPlan',
  POST: 'sharing.kind.post',
} as const satisfies Record<DocumentKind, string>;

/** The day before `to` (ranges end the day after their last day). */
function lastDay(to: string): string {
  const date = new Date(`${to}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

/**
 * A name or label set apart from the sentence around it (Unicode first-strong isolate), so a
 * Latin name reads right inside a Hebrew or Persian sentence and the other way round.
 */
export function isolate(value: string): string {
  return `\u2068${value}\u2069`;
}

/** The words a share link's parts are shown with. */
export function useShareText() {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const locale = i18n.resolvedLanguage ?? 'en';
  return useMemo(() => {
    const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    const range = (from: string, to: string) =>
      day.formatRange(new Date(`${from}T00:00:00Z`), new Date(`${lastDay(to)}T00:00:00Z`));
    return {
      capability: (capability: ShareCapability) => t(capabilityKeys[capability]),
      status: (status: ShareLinkStatus) => t(statusKeys[status]),
      kind: (kind: DocumentKind) => t(kindKeys[kind]),
      /** "Mar 1 – 31, 2027", for a calendar range given as first day and day after the last. */
      range,
      /** What a link shares: "Strategy: Spring launch", "Calendar: Mar 1 – 31, 2027", "KPI report". */
      resource: (link: {
        resourceKind?: ShareResourceKind;
        documentKind?: DocumentKind | null;
        documentTitle?: string | null;
        calendarFrom?: string | null;
        calendarTo?: string | null;
      }) =>
        link.resourceKind === 'REPORT'
          ? t('sharing.resource.report')
          : link.calendarFrom && link.calendarTo
            ? t('sharing.resource.calendar', { range: range(link.calendarFrom, link.calendarTo) })
            : t('sharing.resource.document', {
                kind: link.documentKind ? t(kindKeys[link.documentKind]) : '',
                title: link.documentTitle ?? '',
              }),
      format,
    };
  }, [t, locale, format]);
}
