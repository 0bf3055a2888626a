import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { MockLink } from '@apollo/client/testing';
import { BrandSummaryQuery } from '../../brands/graphql/brands.graphql';
import {
  answer,
  buildUser,
  buildWorkspace,
  errorResult,
  signedInMocks,
} from '../../../../test/factories';
import { renderApp } from '../../../../test/render-app';
import {
  CalendarOptionsQuery,
  CalendarPostsQuery,
  MovePostMutation,
} from '../graphql/calendar.graphql';
import { buildCalendarPost } from '../testing/build-post';
import { emptyMixMock } from '../testing/mix-mock';

const ana = buildUser();
const acme = buildWorkspace({ id: 'acme', name: 'Acme Agency' });

const tasting = buildCalendarPost({ id: 'tasting', title: 'Lotus tea tasting' });
const launch = buildCalendarPost({
  id: 'launch',
  title: 'Spring blend launch',
  publishAt: '2027-03-12T01:00:00.000Z',
  publishAtLocal: '2027-03-12T08:00',
  status: 'SCHEDULED',
});

function mocks(
  move: MockLink.MockedResponse,
  posts: unknown[] = [tasting, launch],
): MockLink.MockedResponse[] {
  return [
    ...signedInMocks(ana, acme),
    answer(
      BrandSummaryQuery,
      { id: 'soda' },
      {
        data: {
          brand: {
            __typename: 'Brand',
            id: 'soda',
            name: 'Saigon Soda',
            workspaceId: 'acme',
            archivedAt: null,
            myRoles: ['smm_specialist'],
            myActions: ['brand.read', 'post.edit'],
          },
        },
      },
      Number.POSITIVE_INFINITY,
    ),
    answer(
      CalendarOptionsQuery,
      { brandId: 'soda' },
      {
        data: {
          brand: {
            __typename: 'Brand',
            id: 'soda',
            networks: ['INSTAGRAM'],
            timeZone: 'Asia/Ho_Chi_Minh',
          },
          contentCategories: [],
          brandStrategyGoals: [],
        },
      },
      Number.POSITIVE_INFINITY,
    ),
    answer(
      CalendarPostsQuery,
      { brandId: 'soda', from: '2027-03-01', to: '2027-04-01' },
      {
        data: {
          calendarPosts: {
            __typename: 'CalendarPosts',
            brandId: 'soda',
            timeZone: 'Asia/Ho_Chi_Minh',
            from: '2027-03-01',
            to: '2027-04-01',
            canEdit: true,
            promotionCapPercent: 20,
            truncated: false,
            posts,
          },
        },
      },
      Number.POSITIVE_INFINITY,
    ),
    emptyMixMock('soda', 'Asia/Ho_Chi_Minh'),
    move,
  ];
}

const listPath = '/w/acme/b/soda/calendar?view=listMonth&date=2027-03-01';

describe('the content calendar page', () => {
  it("lists the month's posts on the brand's clock and filters them by status", async () => {
    await renderApp(listPath, {
      mocks: mocks(answer(MovePostMutation, undefined, errorResult('FORBIDDEN'))),
    });

    await screen.findByRole('button', { name: 'Lotus tea tasting' });
    expect(screen.getByRole('button', { name: 'Spring blend launch' })).toBeInTheDocument();
    expect(
      screen.getByText("Times are in the brand's time zone: Asia/Ho_Chi_Minh"),
    ).toBeInTheDocument();
    expect(
      screen.getByLabelText('Publish time of “Spring blend launch” (Asia/Ho_Chi_Minh)'),
    ).toHaveValue('2027-03-12T08:00');

    await userEvent.click(screen.getByRole('combobox', { name: 'Statuses' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Scheduled' }));

    await waitFor(() =>
      expect(screen.queryByRole('button', { name: 'Lotus tea tasting' })).not.toBeInTheDocument(),
    );
    expect(screen.getByRole('button', { name: 'Spring blend launch' })).toBeInTheDocument();
  });

  it('puts a refused move back and says why', async () => {
    await renderApp(listPath, {
      mocks: mocks(
        answer(
          MovePostMutation,
          { input: { postId: 'tasting', publishAt: '2027-03-20T10:00' } },
          errorResult('POST_ARCHIVED'),
        ),
      ),
    });
    // A date-time field has no ARIA role: found by its label.
    const field = await screen.findByLabelText(
      'Publish time of “Lotus tea tasting” (Asia/Ho_Chi_Minh)',
    );

    await userEvent.clear(field);
    await userEvent.type(field, '2027-03-20T10:00{Enter}');

    const alert = await screen.findByTestId('calendar-notice-error');
    expect(alert).toHaveAttribute('role', 'alert');
    expect(alert).toHaveTextContent(
      '“Lotus tea tasting” was not moved: the post is archived; restore it before moving it.',
    );
    await waitFor(() => expect(field).toHaveValue('2027-03-10T10:00'));
    expect(within(alert).getByRole('button', { name: 'Close' })).toBeInTheDocument();
  });

  it('marks each post with its approval state, flags one that would go out unapproved, and filters by approval', async () => {
    const inReview = {
      ...tasting,
      status: 'IN_REVIEW' as const,
      approvalState: 'PENDING' as const,
      approvalFlagged: true,
    };
    const approved = { ...launch, approvalState: 'APPROVED' as const };
    await renderApp(listPath, {
      mocks: mocks(answer(MovePostMutation, undefined, errorResult('FORBIDDEN')), [
        inReview,
        approved,
      ]),
    });

    const pending = await screen.findByRole('button', { name: /Lotus tea tasting/ });
    expect(within(pending).getByRole('img', { name: 'In review' })).toBeInTheDocument();
    expect(
      within(pending).getByRole('img', {
        name: 'Scheduled but not approved: it would go out unapproved',
      }),
    ).toBeInTheDocument();
    const done = screen.getByRole('button', { name: /Spring blend launch/ });
    expect(within(done).getByRole('img', { name: 'Approved' })).toBeInTheDocument();
    expect(within(done).queryByTestId('late-for-approval')).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('combobox', { name: 'Approval' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Scheduled, not approved' }));
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: /Spring blend launch/ })).not.toBeInTheDocument(),
    );
    expect(screen.getByRole('button', { name: /Lotus tea tasting/ })).toBeInTheDocument();
  });
});
