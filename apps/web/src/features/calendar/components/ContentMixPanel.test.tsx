import { MockLink } from '@apollo/client/testing';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { answer, errorResult } from '../../../../test/factories';
import { AppProviders } from '../../../app/AppProviders';
import { createApolloClient } from '../../../app/apollo-client';
import { initI18n } from '../../../i18n';
import { ContentMixQuery } from '../graphql/content-mix.graphql';
import { isDayRange } from '../hooks/use-content-mix';
import { ContentMixPanel } from './ContentMixPanel';

const variables = { brandId: 'brand-1', from: '2026-03-01', to: '2026-04-01', firstDayOfWeek: 1 };

function period(start: string, end: string, total: number, promotional: number, cap = 20) {
  return {
    __typename: 'ContentMixPeriod' as const,
    start,
    end,
    total,
    promotional,
    promotionalPercent: total ? Math.round((promotional * 1000) / total) / 10 : 0,
    capExceeded: promotional * 100 > cap * total,
    headroom: Math.max(0, Math.floor((cap * (total - promotional)) / (100 - cap)) - promotional),
    byCategory: [
      {
        __typename: 'ContentMixCategory' as const,
        categoryId: 'cat-fun',
        name: 'Entertainment',
        color: '#2f9e44',
        count: total - promotional,
      },
      {
        __typename: 'ContentMixCategory' as const,
        categoryId: 'cat-promo',
        name: 'Promotion / sales',
        color: '#e8590c',
        count: promotional,
      },
    ],
    byNetwork: [{ __typename: 'ContentMixNetwork' as const, network: 'INSTAGRAM', count: total }],
  };
}

function planned(start: string, end: string, plannedCount: number, done: number) {
  return {
    __typename: 'ContentMixPlannedPeriod' as const,
    start,
    end,
    planned: plannedCount,
    done,
  };
}

function mixAnswer(promotionalInFirstWeek: number) {
  return answer(ContentMixQuery, variables, {
    data: {
      contentMix: {
        __typename: 'ContentMix',
        brandId: 'brand-1',
        timeZone: 'Europe/Kyiv',
        capPercent: 20,
        weeks: [
          period('2026-03-02', '2026-03-09', 10, promotionalInFirstWeek),
          period('2026-03-09', '2026-03-16', 5, 1),
        ],
        months: [period('2026-03-01', '2026-04-01', 15, promotionalInFirstWeek + 1)],
        plannedVsDone: [
          {
            __typename: 'ContentMixPlanRow',
            mediaPlanId: 'plan-1',
            mediaPlanTitle: 'Spring plan',
            rowId: 'row-1',
            channel: 'Instagram',
            activity: 'Feed posts',
            network: 'INSTAGRAM',
            matchedBy: 'NETWORK',
            weeks: [
              planned('2026-03-02', '2026-03-09', 2.7, 3),
              planned('2026-03-09', '2026-03-16', 2.7, 1),
            ],
            months: [planned('2026-03-01', '2026-04-01', 12, 9)],
          },
        ],
      },
    },
  });
}

async function renderPanel(mocks: MockLink.MockedResponse[]) {
  await initI18n({ language: 'en' });
  const client = createApolloClient({ link: new MockLink(mocks) });
  render(
    <AppProviders client={client} env="test">
      {/* The visible range of a March month view: its days on the brand's clock. */}
      <ContentMixPanel brandId="brand-1" from="2026-03-01" to="2026-04-01" weekStartsOn={1} />
    </AppProviders>,
  );
}

describe('the content mix panel', () => {
  it('warns about a week whose promotional share passes the cap, and only that week', async () => {
    await renderPanel([mixAnswer(3)]);
    const over = await screen.findByRole('article', { name: /^Mar 2\s*–\s*8$/ });
    const alert = within(over).getByRole('alert');
    expect(alert).toHaveTextContent('Promotional share over the cap');
    expect(alert).toHaveTextContent(
      '30% of the posts in this period are promotional, above the brand’s cap of 20%.',
    );
    expect(within(over).getByText('Promotional: 3 of 10 (30%), cap 20%')).toBeInTheDocument();
    const fine = screen.getByRole('article', { name: /^Mar 9\s*–\s*15$/ });
    expect(within(fine).queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getAllByTestId('promotion-cap-warning')).toHaveLength(1);
  });

  it('shows no warning when every period is within the cap', async () => {
    await renderPanel([mixAnswer(2)]);
    const week = await screen.findByRole('article', { name: /^Mar 2\s*–\s*8$/ });
    expect(within(week).getByText('Promotional: 2 of 10 (20%), cap 20%')).toBeInTheDocument();
    expect(within(week).getByText('0 more promotional posts fit under the cap.')).toBeVisible();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    // The split by category and network.
    expect(within(week).getByText('Entertainment')).toBeInTheDocument();
    expect(within(week).getByText('Instagram')).toBeInTheDocument();
  });

  it('sets the media plan’s owned rows against the posts on the calendar, per month', async () => {
    await renderPanel([mixAnswer(2)]);
    await screen.findByRole('article', { name: /^Mar 2\s*–\s*8$/ });
    expect(
      screen.getByText(/Instagram posts: 2\.7 planned in the week of Mar 2, 3 on the calendar/),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('radio', { name: 'Months' }));
    const month = screen.getByRole('article', { name: 'March 2026' });
    expect(
      within(month).getByText(/Instagram posts: 12 planned in March 2026, 9 on the calendar/),
    ).toBeInTheDocument();
  });

  it('says so when the mix cannot be loaded', async () => {
    await renderPanel([answer(ContentMixQuery, variables, errorResult('NOT_FOUND'))]);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The content mix could not be loaded.',
    );
  });
});

describe('isDayRange', () => {
  it('asks only about a range of days that runs forward', () => {
    expect(isDayRange('2026-03-01', '2026-04-01')).toBe(true);
    expect(isDayRange('2026-03-01', '2026-03-01')).toBe(false);
    expect(isDayRange('2026-04-01', '2026-03-01')).toBe(false);
    expect(isDayRange('nonsense', '2026-03-05')).toBe(false);
    expect(isDayRange('2026-02-28T22:00:00.000Z', '2026-03-05')).toBe(false);
  });
});
