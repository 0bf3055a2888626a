import {
  Button,
  Group,
  Modal,
  NumberInput,
  SegmentedControl,
  Stack,
  Table,
  Text,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { readProblem, useProblemMessage } from '../../../errors';
import type { KpiFieldsFragment } from '../../../gql/graphql';
import { FormAlert } from '../../../ui';
import { useSetKpiTargets } from '../hooks/use-kpis';
import { toStored, toTyped, typedNumber } from '../kpi-format';
import { manualTargetErrors, targetPeriods } from '../kpi-form';
import { serverText } from './kpi-labels';

export interface TargetsModalProps {
  kpi: KpiFieldsFragment;
  currency: string;
  onClose: () => void;
}

type Mode = 'linear' | 'manual' | 'media_plan';

/**
 * A KPI's targets per period: spread linearly from baseline to target, typed by hand for
 * each period from start to deadline, or taken from the media plan's KPI targets.
 */
export function TargetsModal({ kpi, currency, onClose }: TargetsModalProps) {
  const { t } = useTranslation();
  const message = useProblemMessage();
  const [setTargets, { loading }] = useSetKpiTargets();
  const [mode, setMode] = useState<Mode>(
    kpi.targetMode === 'manual' || kpi.targetMode === 'media_plan' ? kpi.targetMode : 'linear',
  );
  const periods = targetPeriods(kpi);
  const [typed, setTyped] = useState<Record<string, number | string>>(() => {
    const current = new Map(kpi.targets.map((target) => [target.periodKey, target.value]));
    return Object.fromEntries(
      periods.map((key) => {
        const value = current.get(key);
        return [key, value === undefined ? '' : toTyped(value, kpi.unit, currency)];
      }),
    );
  });
  const [tried, setTried] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const errors = manualTargetErrors(typed, kpi);

  const save = async () => {
    setTried(true);
    if (mode === 'manual' && Object.keys(errors).length > 0) return;
    setProblem(null);
    try {
      await setTargets({
        variables: {
          input: {
            kpiId: kpi.id,
            mode,
            targets:
              mode === 'manual'
                ? Object.entries(typed).map(([periodKey, value]) => ({
                    periodKey,
                    value: toStored(Number(typedNumber(value)), kpi.unit, currency),
                  }))
                : null,
          },
        },
      });
      onClose();
    } catch (cause) {
      setProblem(message(readProblem(cause)));
    }
  };

  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('common.close') }}
      opened
      onClose={onClose}
      title={t('kpis.targets.title', { kpi: kpi.name })}
      size="lg"
    >
      <Stack gap="sm">
        {problem && <FormAlert message={problem} />}
        <SegmentedControl
          value={mode}
          onChange={(value) => setMode(value)}
          data={[
            { value: 'linear', label: t('kpis.targets.linear') },
            { value: 'manual', label: t('kpis.targets.manual') },
            { value: 'media_plan', label: t('kpis.targets.mediaPlan') },
          ]}
        />
        <Text size="sm">{t(`kpis.targets.explain.${mode}`)}</Text>
        {mode === 'manual' &&
          (periods.length === 0 ? (
            <Text c="red.9">{t('kpis.targets.needDeadline')}</Text>
          ) : (
            <Table.ScrollContainer minWidth={320} mah={360}>
              <Table>
                <Table.Tbody>
                  {periods.map((key) => (
                    <Table.Tr key={key}>
                      <Table.Th scope="row" fw={400}>
                        {key}
                      </Table.Th>
                      <Table.Td>
                        <NumberInput
                          aria-label={t('kpis.targets.periodTarget', { period: key })}
                          value={typed[key] ?? ''}
                          min={0}
                          onChange={(value) =>
                            setTyped((all) => ({
                              ...all,
                              [key]: value,
                            }))
                          }
                          error={
                            tried && errors[key]
                              ? serverText(t, `kpis.targets.errors.${errors[key]}`, errors[key])
                              : undefined
                          }
                        />
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          ))}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('kpis.cancel')}
          </Button>
          <Button
            onClick={() => void save()}
            loading={loading}
            disabled={mode === 'manual' && periods.length === 0}
          >
            {t('kpis.targets.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
