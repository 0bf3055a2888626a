import { Badge, Group, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formulaKey, measureDisplay, type MeasureValue } from '../kpi-format';
import { serverText } from './kpi-labels';

export interface MeasureCellProps {
  /** The measure id (engagement_rate, roi …): names the formula. */
  measure: string;
  value: MeasureValue;
  unit: string;
  currency: string;
  /** Text only (no hover, not focusable): inside a chart's table, which may be hidden. */
  plain?: boolean;
}

/**
 * A derived measure: its value with the formula on hover (and on keyboard focus), or "—"
 * with the reason it cannot be computed (no members, no spend …) — never Infinity or NaN.
 * ROI computed from the media plan's spend says "planned".
 */
export function MeasureCell({ measure, value, unit, currency, plain = false }: MeasureCellProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? 'en';
  const shown = measureDisplay(value, unit, currency, locale);
  const key = formulaKey(measure);
  const formula = key ? serverText(t, key, value.formula) : value.formula;
  if (plain) {
    return <>{shown.ok ? shown.text : `— ${serverText(t, shown.reasonKey, '')}`}</>;
  }
  return (
    <Tooltip label={formula} multiline w={280} events={{ hover: true, focus: true, touch: true }}>
      <Group
        gap={4}
        wrap="nowrap"
        tabIndex={0}
        component="span"
        aria-label={`${shown.ok ? shown.text : serverText(t, shown.reasonKey, '—')} — ${formula}`}
        data-testid={`measure-${measure}`}
        data-formula={formula}
        style={{ display: 'inline-flex' }}
      >
        <Text span size="sm" dir="ltr" style={{ unicodeBidi: 'isolate' }}>
          {shown.text}
        </Text>
        {!shown.ok && (
          <Text span size="xs" c="gray.7" data-testid="measure-reason">
            {serverText(t, shown.reasonKey, '—')}
          </Text>
        )}
        {shown.ok && shown.planned && (
          <Badge size="xs" variant="outline" color="gray.8">
            {t('kpis.planned')}
          </Badge>
        )}
      </Group>
    </Tooltip>
  );
}
