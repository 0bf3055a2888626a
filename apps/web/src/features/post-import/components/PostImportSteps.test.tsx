import { MantineProvider } from '@mantine/core';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { initI18n } from '../../../i18n';
import { type ColumnMapping, type DateOrder, importUrl, readImportAnswer } from '../post-files';
import { MappingStep } from './MappingStep';
import { ReportStep } from './ReportStep';

function Mapping({
  initial,
  onChange,
}: {
  initial: ColumnMapping;
  onChange: (mapping: ColumnMapping) => void;
}) {
  const [mapping, setMapping] = useState(initial);
  const [order, setOrder] = useState<DateOrder>('dmy');
  return (
    <MappingStep
      headers={['Назва', 'Текст', 'Дата', 'Extra']}
      mapping={mapping}
      onChange={(next) => {
        setMapping(next);
        onChange(next);
      }}
      dateOrder={order}
      onDateOrderChange={setOrder}
    />
  );
}

describe('the mapping step', () => {
  it('shows the mapping the server suggested and lets the person change and clear it', async () => {
    await initI18n({ language: 'en' });
    const user = userEvent.setup();
    const onChange = jest.fn();
    render(
      <MantineProvider env="test">
        <Mapping
          initial={{ title: 'Назва', body: 'Текст', publishAt: 'Дата' }}
          onChange={onChange}
        />
      </MantineProvider>,
    );
    expect(screen.getByRole('combobox', { name: 'Title' })).toHaveValue('Назва');
    expect(screen.getByRole('combobox', { name: 'Publish date (and time)' })).toHaveValue('Дата');
    expect(screen.getByRole('combobox', { name: 'Networks' })).toHaveValue('');

    await user.click(screen.getByRole('combobox', { name: 'Networks' }));
    await user.click(await screen.findByRole('option', { name: 'Extra' }));
    expect(onChange).toHaveBeenLastCalledWith({
      title: 'Назва',
      body: 'Текст',
      publishAt: 'Дата',
      networks: 'Extra',
    });

    await user.click(screen.getByRole('combobox', { name: 'Text for Instagram' }));
    await user.click(await screen.findByRole('option', { name: 'Текст' }));
    expect(onChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ 'text:instagram': 'Текст' }),
    );
  });

  it('is translated (Ukrainian labels)', async () => {
    await initI18n({ language: 'uk' });
    render(
      <MantineProvider env="test">
        <Mapping initial={{}} onChange={jest.fn()} />
      </MantineProvider>,
    );
    expect(screen.getByRole('combobox', { name: 'Назва' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Текст для Telegram' })).toBeInTheDocument();
  });
});

describe('the dry-run report', () => {
  it('lists every problem by row, column and translated reason, and says nothing is imported', async () => {
    await initI18n({ language: 'en' });
    const answer = readImportAnswer(422, {
      ok: false,
      applied: false,
      headers: ['Title', 'Networks', 'Publish at'],
      mapping: { title: 'Title', networks: 'Networks', bogus: 'x' },
      rows: 3,
      errorRows: 2,
      errorCount: 2,
      warningCount: 1,
      created: 0,
      problems: [
        {
          row: 2,
          column: 'Networks',
          field: 'networks',
          code: 'network_unknown',
          severity: 'error',
          message: 'Unknown network: MySpace.',
        },
        {
          row: 3,
          column: 'Publish at',
          field: 'publishAt',
          code: 'date_invalid',
          severity: 'error',
          message: '…',
        },
        {
          row: 4,
          column: 'Publish at',
          field: 'publishAt',
          code: 'publish_time_adjusted',
          severity: 'warning',
          message: '…',
        },
      ],
    });
    if (answer.kind !== 'report') throw new Error('expected a report');
    expect(answer.report.mapping).toEqual({ title: 'Title', networks: 'Networks' });
    render(
      <MantineProvider env="test">
        <ReportStep report={answer.report} />
      </MantineProvider>,
    );
    expect(screen.getByText('Nothing will be imported yet')).toBeInTheDocument();
    const rows = within(screen.getByRole('table', { name: 'Problems by row and column' }))
      .getAllByRole('row')
      .slice(1)
      .map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      );
    expect(rows).toEqual([
      ['2', 'Networks', 'ErrorUnknown network.'],
      ['3', 'Publish at', 'ErrorNot a date; write it like 2027-03-29 09:30 or 29.03.2027 09:30.'],
      [
        '4',
        'Publish at',
        'WarningThe clocks change at this time in the brand’s time zone; the time was adjusted.',
      ],
    ]);
  });

  it('says a clean file is ready, and sends the mapping with the import', async () => {
    await initI18n({ language: 'en' });
    const answer = readImportAnswer(200, {
      ok: true,
      applied: false,
      headers: ['Title'],
      mapping: { title: 'Title' },
      rows: 5000,
      errorRows: 0,
      errorCount: 0,
      warningCount: 0,
      created: 0,
      problems: [],
    });
    if (answer.kind !== 'report') throw new Error('expected a report');
    render(
      <MantineProvider env="test">
        <ReportStep report={answer.report} />
      </MantineProvider>,
    );
    expect(screen.getByText('Every row can be imported (rows: 5,000).')).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
    const url = new URL(
      importUrl('b1', 'xlsx', { dryRun: false, mapping: { title: 'Title' }, dateOrder: 'mdy' }),
      'http://x',
    );
    expect(url.pathname).toBe('/api/brands/b1/posts/import');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      format: 'xlsx',
      dateOrder: 'mdy',
      mapping: '{"title":"Title"}',
    });
  });
});
