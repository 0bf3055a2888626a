import { Button } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MANAGE_SHARE_LINKS } from '../share-actions';
import type { ShareTarget } from '../share-form';
import { ShareDialog } from './ShareDialog';

/** "Share": opens the dialog that creates a link to `target`. */
export function ShareButton({
  target,
  title,
  label,
}: {
  target: ShareTarget;
  title: string;
  /** The button's words ("Share" when not given). */
  label?: string;
}) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button variant="default" size="sm" onClick={() => setOpened(true)} aria-haspopup="dialog">
        {label ?? t('sharing.share')}
      </Button>
      {/* Mounted only while open: every opening starts with an empty form. */}
      {opened && (
        <ShareDialog opened onClose={() => setOpened(false)} target={target} title={title} />
      )}
    </>
  );
}

/** The calendar's "Share" button: the range on screen with the filters that are set. */
export function ShareCalendarButton({
  brandId,
  actions,
  from,
  to,
  networks,
  categoryIds,
  title,
}: {
  brandId: string;
  actions: readonly string[];
  /** First day and the day after the last, yyyy-mm-dd in the brand's zone. */
  from: string;
  to: string;
  networks?: readonly string[];
  categoryIds?: readonly string[];
  title: string;
}) {
  if (!actions.includes(MANAGE_SHARE_LINKS)) return null;
  return (
    <ShareButton
      target={{ kind: 'calendar', brandId, from, to, networks, categoryIds }}
      title={title}
    />
  );
}

/** The Results page's "Share report": a view-only link to the brand's KPI report. */
export function ShareReportButton({
  brandId,
  actions,
  title,
}: {
  brandId: string;
  actions: readonly string[];
  /** What is shared, in words ("Lotus — results"). */
  title: string;
}) {
  const { t } = useTranslation();
  if (!actions.includes(MANAGE_SHARE_LINKS)) return null;
  return (
    <ShareButton
      target={{ kind: 'report', brandId }}
      title={title}
      label={t('sharing.shareReport')}
    />
  );
}
