import { Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { BASE_POST_FIELDS } from '@chorus/post-model';
import { type ColumnMapping, type DateOrder, NETWORKS, type PostField } from '../post-files';

export interface MappingStepProps {
  /** The file's column headers, as written. */
  headers: readonly string[];
  mapping: ColumnMapping;
  onChange: (mapping: ColumnMapping) => void;
  dateOrder: DateOrder;
  onDateOrderChange: (order: DateOrder) => void;
}

/** Which column of the file holds which field of a post (pre-filled from the headers). */
export function MappingStep({
  headers,
  mapping,
  onChange,
  dateOrder,
  onDateOrderChange,
}: MappingStepProps) {
  const { t } = useTranslation();
  const options = [...new Set(headers.filter((h) => h.trim() !== ''))];
  const select = (field: PostField, label: string) => (
    <Select
      key={field}
      label={label}
      placeholder={t('postImport.mapping.none')}
      data={options}
      value={mapping[field] ?? null}
      clearable
      searchable
      onChange={(value) => {
        const next = { ...mapping };
        if (value) next[field] = value;
        else delete next[field];
        onChange(next);
      }}
    />
  );
  return (
    <Stack gap="md">
      <Text size="sm">{t('postImport.mapping.intro')}</Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        {BASE_POST_FIELDS.map((field) => select(field, t(`postImport.fields.${field}`)))}
        <Select
          label={t('postImport.mapping.dateOrder')}
          data={[
            { value: 'dmy', label: t('postImport.mapping.dmy') },
            { value: 'mdy', label: t('postImport.mapping.mdy') },
          ]}
          value={dateOrder}
          allowDeselect={false}
          onChange={(value) => onDateOrderChange(value === 'mdy' ? 'mdy' : 'dmy')}
        />
      </SimpleGrid>
      <Text fw={500} size="sm">
        {t('postImport.mapping.variants')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        {NETWORKS.map(([id, label]) =>
          select(`text:${id}`, t('postImport.fields.variant', { network: label })),
        )}
      </SimpleGrid>
    </Stack>
  );
}
