import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { readProblem, useProblemMessage } from '../../../errors';
import { FormAlert, Page, PageLoader } from '../../../ui';
import {
  isCalendar,
  isGoneProblem,
  isReport,
  needsEmailConfirmation,
  sessionMatchesPreview,
} from '../guest-state';
import { useGuestSession, useShareLinkPreview } from '../hooks/use-guest';
import { isolate, useShareText } from '../share-text';
import { ConfirmEmailForm } from './ConfirmEmailForm';
import { GuestCalendar } from './GuestCalendar';
import { GuestDocument } from './GuestDocument';
import { GuestReport } from './GuestReport';
import { LinkGone } from './LinkGone';
import { RedeemForm } from './RedeemForm';

/**
 * A share link, for someone without an account: what it shares, then their name (a password
 * and an emailed code when the link asks), then the shared document live and read-only (or
 * the calendar range). A revoked or expired link says so, whether the socket or the next
 * request notices first.
 */
export function GuestSharePage() {
  const { t } = useTranslation();
  const message = useProblemMessage();
  const text = useShareText();
  const { token = '' } = useParams();
  const preview = useShareLinkPreview(token);
  const link = preview.data?.shareLinkPreview;
  const [entered, setEntered] = useState(false);
  const [told, setTold] = useState(false);
  const [polling, setPolling] = useState(true);
  const session = useGuestSession(entered && polling);
  const current = session.data?.guestSession;
  const inside = !!link && sessionMatchesPreview(current, link);
  const onGone = useCallback(() => setTold(true), []);
  // Remembered while rendering (React's "adjust state on change"): once in, losing the
  // session — null, or refused — means the link died under the guest.
  if (inside && !entered) setEntered(true);
  const sessionProblem = session.error ? readProblem(session.error).code : null;
  const lost =
    entered &&
    ((!!session.data && !current) || (sessionProblem !== null && isGoneProblem(sessionProblem)));
  const gone = told || lost;
  if (gone && polling) setPolling(false);

  if (gone) return <LinkGone />;
  if (!link) {
    if (!preview.error) return <PageLoader label={t('app.loading')} />;
    const problem = readProblem(preview.error);
    if (isGoneProblem(problem.code)) return <LinkGone />;
    return (
      <Page title={t('sharing.guest.title')}>
        <FormAlert message={message(problem)} />
      </Page>
    );
  }

  const what = isCalendar(link.resourceKind)
    ? t('sharing.guest.calendarOf', { brand: link.brandName })
    : isReport(link.resourceKind)
      ? t('sharing.guest.reportOf', { brand: link.brandName })
      : (link.documentTitle ?? '');

  if (!inside || !current) {
    if (session.loading && !session.data) return <PageLoader label={t('app.loading')} />;
    return (
      <Page title={what}>
        <Paper withBorder p="lg" maw={620}>
          <Stack gap="md">
            <Text size="lg">
              {t('sharing.guest.sharedBy', {
                brand: isolate(link.brandName),
                label: isolate(link.label),
              })}
            </Text>
            <Group gap="xs">
              {link.documentKind && !isCalendar(link.resourceKind) && (
                <Badge variant="outline" color="indigo.9">
                  {text.kind(link.documentKind)}
                </Badge>
              )}
              <Badge variant="light" color="indigo.9">
                {text.capability(link.capability)}
              </Badge>
            </Group>
            <Text>
              {isReport(link.resourceKind)
                ? t('sharing.guest.offers.report')
                : t(`sharing.guest.offers.${offerKey(link.capability)}`)}
            </Text>
            <RedeemForm token={token} preview={link} onGone={onGone} />
          </Stack>
        </Paper>
        <Text size="sm" c="gray.7" maw={620}>
          {t('sharing.guest.noAccount')}
        </Text>
      </Page>
    );
  }

  if (needsEmailConfirmation(current)) {
    return (
      <Page title={what}>
        <ConfirmEmailForm />
      </Page>
    );
  }

  return (
    <Page title={what}>
      <Text size="sm" c="gray.7" className="kpi-no-print">
        {t('sharing.guest.signedAs', {
          name: isolate(current.name),
          label: isolate(current.label),
        })}
      </Text>
      {isCalendar(current.resourceKind) ? (
        <GuestCalendar session={current} onGone={onGone} />
      ) : isReport(current.resourceKind) ? (
        <GuestReport session={current} onGone={onGone} />
      ) : current.documentId ? (
        <GuestDocument
          documentId={current.documentId}
          session={current}
          smtpConfigured={link.smtpConfigured}
          onGone={onGone}
        />
      ) : (
        <LinkGone />
      )}
    </Page>
  );
}

function offerKey(capability: 'VIEW' | 'COMMENT' | 'APPROVE'): 'view' | 'comment' | 'approve' {
  return capability === 'VIEW' ? 'view' : capability === 'COMMENT' ? 'comment' : 'approve';
}
