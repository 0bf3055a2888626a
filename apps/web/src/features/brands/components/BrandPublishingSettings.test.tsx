import { MockLink } from '@apollo/client/testing';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { answer, errorResult } from '../../../../test/factories';
import { AppProviders } from '../../../app/AppProviders';
import { createApolloClient } from '../../../app/apollo-client';
import { initI18n } from '../../../i18n';
import {
  BrandPublishingQuery,
  UpdateBrandPublishingMutation,
} from '../graphql/brand-publishing.graphql';
import { BrandPublishingSettings } from './BrandPublishingSettings';

const brand = {
  __typename: 'Brand',
  id: 'brand-1',
  promotionCapPercent: 20,
  utmMedium: 'social',
  utmCampaign: '',
};
const input = {
  brandId: 'brand-1',
  promotionCapPercent: 25,
  utmMedium: 'social',
  utmCampaign: 'spring_2027',
};

async function renderSettings(mocks: MockLink.MockedResponse[]) {
  await initI18n({ language: 'en' });
  const client = createApolloClient({ link: new MockLink(mocks) });
  render(
    <AppProviders client={client} env="test">
      <BrandPublishingSettings brandId="brand-1" />
    </AppProviders>,
  );
}

async function fill() {
  const cap = await screen.findByRole('textbox', { name: /Promotional posts at most/ });
  await userEvent.clear(cap);
  await userEvent.type(cap, '25');
  await userEvent.type(screen.getByRole('textbox', { name: /utm_campaign/ }), ' spring_2027 ');
  await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
}

describe('the brand’s posts-and-links settings', () => {
  it('saves the promotional cap and the UTM defaults', async () => {
    await renderSettings([
      answer(BrandPublishingQuery, { id: 'brand-1' }, { data: { brand } }),
      answer(
        UpdateBrandPublishingMutation,
        { input },
        { data: { updateBrand: { ...brand, ...input, brandId: undefined } } },
      ),
    ]);
    expect(await screen.findByRole('textbox', { name: /utm_medium/ })).toHaveValue('social');
    await fill();
    expect(await screen.findByRole('status')).toHaveTextContent('Saved');
  });

  it('shows the server’s refusal under the field', async () => {
    await renderSettings([
      answer(BrandPublishingQuery, { id: 'brand-1' }, { data: { brand } }),
      answer(
        UpdateBrandPublishingMutation,
        { input },
        errorResult('VALIDATION', { field: 'utmCampaign' }),
      ),
    ]);
    await fill();
    const campaign = screen.getByRole('textbox', { name: /utm_campaign/ });
    expect(await screen.findByText('Check this field.')).toBeInTheDocument();
    expect(campaign).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });
});
