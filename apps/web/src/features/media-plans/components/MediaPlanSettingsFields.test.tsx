import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { initI18n } from '../../../i18n';
import {
  defaultMediaPlanSettings,
  MediaPlanSettingsFields,
  type MediaPlanSettingsValue,
} from './MediaPlanSettingsFields';

function Form({ onChange }: { onChange: (value: MediaPlanSettingsValue) => void }) {
  const [value, setValue] = useState<MediaPlanSettingsValue>({
    flightStart: '2027-01-04',
    flightEnd: '2027-03-28',
    granularity: 'week',
    currency: 'USD',
  });
  return (
    <MediaPlanSettingsFields
      value={value}
      onChange={(next) => {
        setValue(next);
        onChange(next);
      }}
      errors={['end_before_start']}
    />
  );
}

// jsdom does not scroll; Mantine's combobox scrolls the selected option into view.
beforeAll(() => {
  Element.prototype.scrollIntoView = () => undefined;
});

describe('the media-plan settings fields', () => {
  it('shows the errors under the field they concern, and accepts any ISO currency code typed in', async () => {
    await initI18n({ language: 'en' });
    const onChange = jest.fn();
    const user = userEvent.setup();
    render(
      <MantineProvider env="test">
        <Form onChange={onChange} />
      </MantineProvider>,
    );
    expect(screen.getByLabelText(/Last day of the flight/)).toHaveAccessibleDescription(
      'The flight can’t end before it starts.',
    );

    const currency = screen.getByRole('combobox', { name: 'Currency' });
    await user.clear(currency);
    await user.type(currency, 'CHF');
    await user.click(await screen.findByRole('option', { name: 'CHF — Swiss Franc' }));
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ currency: 'CHF' }));
  });

  it('proposes the next three whole months, by month, in US dollars', () => {
    expect(defaultMediaPlanSettings(new Date(2026, 10, 22))).toEqual({
      flightStart: '2026-12-01',
      flightEnd: '2027-02-28',
      granularity: 'month',
      currency: 'USD',
    });
  });
});
