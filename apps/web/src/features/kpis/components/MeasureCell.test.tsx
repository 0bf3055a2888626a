import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AppProviders } from '../../../app/AppProviders';
import { createApolloClient } from '../../../app/apollo-client';
import { initI18n, type LanguageCode } from '../../../i18n';
import { MeasureCell } from './MeasureCell';

async function renderCell(element: React.ReactElement, language: LanguageCode = 'en') {
  await initI18n({ language });
  render(
    <AppProviders client={createApolloClient()} env="test">
      {element}
    </AppProviders>,
  );
}

describe('a derived measure', () => {
  it('shows its value and its formula on hover, in the reader’s language', async () => {
    await renderCell(
      <MeasureCell
        measure="cpc"
        value={{ value: 125, reason: null, formula: 'CPC = spend ÷ clicks', planned: false }}
        unit="money"
        currency="EUR"
      />,
    );
    const cell = screen.getByTestId('measure-cpc');
    expect(cell).toHaveTextContent('€1.25');
    await userEvent.hover(cell);
    expect(await screen.findByRole('tooltip')).toHaveTextContent('CPC = spend ÷ clicks');
  });

  it('shows "—" and why when it cannot be computed, and says when ROI used planned spend', async () => {
    await renderCell(
      <>
        <MeasureCell
          measure="engagement_rate"
          value={{ value: null, reason: 'no_members', formula: 'x', planned: false }}
          unit="percent"
          currency="EUR"
        />
        <MeasureCell
          measure="roi"
          value={{ value: 0.25, reason: null, formula: 'x', planned: true }}
          unit="ratio"
          currency="EUR"
        />
      </>,
      'vi',
    );
    const er = screen.getByTestId('measure-engagement_rate');
    expect(er).toHaveTextContent('—');
    expect(er).toHaveTextContent('không có thành viên cộng đồng');
    expect(er).toHaveAttribute('data-formula', expect.stringContaining('Tỷ lệ tương tác'));
    expect(screen.getByTestId('measure-roi')).toHaveTextContent('theo kế hoạch');
  });
});
