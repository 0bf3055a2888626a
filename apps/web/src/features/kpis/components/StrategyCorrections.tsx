import { Alert, Anchor, Group, List, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentPageExtensionProps } from '../../documents';
import { useKpiNotes } from '../hooks/use-kpi-notes';
import { findSectionHeading } from '../strategy-sections';

/**
 * On a strategy's page: the corrections the team wrote on its KPIs that link to this
 * strategy, newest first, each with a jump to the section it changes. Nothing shows when
 * there are none, on other kinds of document, or for someone who may not read results.
 */
export function StrategyCorrections({ document: opened }: DocumentPageExtensionProps) {
  const isStrategy = opened.kind === 'STRATEGY';
  if (!isStrategy) return null;
  return <CorrectionsList brandId={opened.brandId} documentId={opened.id} />;
}

function CorrectionsList({ brandId, documentId }: { brandId: string; documentId: string }) {
  const { t } = useTranslation();
  const { data } = useKpiNotes(brandId, documentId);
  const [missing, setMissing] = useState<string | null>(null);
  const notes = data?.kpiNotes ?? [];
  if (notes.length === 0) return null;

  const goTo = (section: string) => {
    const heading = findSectionHeading(window.document, section);
    setMissing(heading ? null : section);
    heading?.scrollIntoView({ block: 'start', behavior: 'smooth' });
  };

  return (
    <Alert
      variant="light"
      color="indigo"
      title={t('kpis.corrections.bannerTitle', { count: notes.length })}
      data-testid="strategy-corrections"
    >
      <List size="sm" spacing={4}>
        {notes.map((note) => (
          <List.Item key={note.id}>
            <Group gap={6} wrap="wrap">
              <Text span size="sm" fw={600}>
                {note.periodKey ? `${note.kpiName} · ${note.periodKey}` : note.kpiName}
              </Text>
              <Text span size="sm" dir="auto">
                {note.body}
              </Text>
              {note.strategySection && (
                <Anchor component="button" size="sm" onClick={() => goTo(note.strategySection!)}>
                  {t('kpis.corrections.goTo', { section: note.strategySection })}
                </Anchor>
              )}
            </Group>
          </List.Item>
        ))}
      </List>
      {missing && (
        <Text size="sm" c="red.9" mt={4} role="status">
          {t('kpis.corrections.sectionMissing', { section: missing })}
        </Text>
      )}
    </Alert>
  );
}

export default StrategyCorrections;
