import { draftErrors, draftInput, emptyDraft, manualTargetErrors, targetPeriods } from './kpi-form';

describe('the KPI form', () => {
  const draft = {
    ...emptyDraft('2027-01-01'),
    name: 'Instagram ER',
    target: 5,
    deadline: '2027-06-30',
  };

  it('accepts a complete custom KPI and sends money in minor units', () => {
    expect(draftErrors(draft)).toEqual({});
    const cpc = draftInput({ ...draft, metric: 'cpc', baseline: 1.5, target: 0.8 }, 'EUR');
    expect(cpc).toMatchObject({ metric: 'cpc', baseline: 150, target: 80, deadline: '2027-06-30' });
  });

  it('names each field that keeps it from being sent', () => {
    expect(
      draftErrors({
        ...draft,
        name: ' ',
        metric: 'happiness',
        baseline: -1,
        deadline: '2026-12-31',
      }),
    ).toEqual({
      name: 'nameRequired',
      metric: 'metricRequired',
      baseline: 'notNegative',
      deadline: 'deadlineBeforeStart',
    });
    expect(draftErrors({ ...draft, metric: 'active_share', target: 120 })).toEqual({
      target: 'over100',
    });
  });
});

describe('targets typed by hand', () => {
  const kpi = {
    startDate: '2027-01-01',
    deadline: '2027-03-31',
    periodKind: 'month',
    metric: 'active_share',
  };

  it('lists a period per month from start to deadline, none without a deadline', () => {
    expect(targetPeriods(kpi)).toEqual(['2027-01', '2027-02', '2027-03']);
    expect(targetPeriods({ ...kpi, deadline: null })).toEqual([]);
  });

  it('names every period with a missing, negative or impossible target', () => {
    expect(
      manualTargetErrors({ '2027-01': 10, '2027-02': '', '2027-03': 140, '2027-05': 5 }, kpi),
    ).toEqual({ '2027-02': 'missing', '2027-03': 'over_100', '2027-05': 'outside_span' });
    expect(manualTargetErrors({ '2027-01': -2 }, kpi)).toEqual({ '2027-01': 'value_invalid' });
  });
});
