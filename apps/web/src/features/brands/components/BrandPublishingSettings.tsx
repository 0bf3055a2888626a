import '@mantine/core/styles/NumberInput.css';
import { Button, Group, NumberInput, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormProblem } from '../../../errors';
import { FormAlert } from '../../../ui';
import { useBrandPublishing, useUpdateBrandPublishing } from '../hooks/use-brand-publishing';

interface Values {
  /** '' while the field is cleared (then left unchanged). */
  promotionCapPercent: number | string;
  utmMedium: string;
  utmCampaign: string;
}

/**
 * Brand settings for posts (owners and admins): the promotional cap the content mix warns
 * about and the UTM defaults (utm_medium, utm_campaign) the links in its posts get.
 */
export function BrandPublishingSettings({ brandId }: { brandId: string }) {
  const { data } = useBrandPublishing(brandId);
  if (!data) return null;
  return <PublishingForm brandId={brandId} initial={data.brand} />;
}

function PublishingForm({ brandId, initial }: { brandId: string; initial: Values }) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Values>(initial);
  const [saved, setSaved] = useState(false);
  const [update, { loading }] = useUpdateBrandPublishing();
  const problem = useFormProblem(['promotionCapPercent', 'utmMedium', 'utmCampaign']);
  const set = <K extends keyof Values>(key: K, value: Values[K]) => {
    setSaved(false);
    setValues((current) => ({ ...current, [key]: value }));
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    problem.clear();
    update({
      variables: {
        input: {
          brandId,
          promotionCapPercent:
            values.promotionCapPercent === '' ? undefined : Number(values.promotionCapPercent),
          utmMedium: values.utmMedium.trim(),
          utmCampaign: values.utmCampaign.trim(),
        },
      },
    })
      .then(() => setSaved(true))
      .catch(problem.fail);
  };

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="brand-publishing">
      <Title order={2} size="h3" id="brand-publishing" mb="xs">
        {t('utmLinks.settingsTitle')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('utmLinks.settingsHint')}
      </Text>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <NumberInput
            label={t('utmLinks.cap')}
            description={t('utmLinks.capHint')}
            min={0}
            max={100}
            step={1}
            allowDecimal={false}
            allowNegative={false}
            clampBehavior="strict"
            value={values.promotionCapPercent}
            onChange={(value) => set('promotionCapPercent', value)}
            error={problem.fieldError('promotionCapPercent')}
            maw={240}
          />
          <TextInput
            label={t('utmLinks.medium')}
            description={t('utmLinks.mediumHint')}
            dir="ltr"
            maxLength={100}
            value={values.utmMedium}
            onChange={(event) => set('utmMedium', event.currentTarget.value)}
            error={problem.fieldError('utmMedium')}
          />
          <TextInput
            label={t('utmLinks.campaign')}
            description={t('utmLinks.campaignHint')}
            dir="auto"
            maxLength={100}
            value={values.utmCampaign}
            onChange={(event) => set('utmCampaign', event.currentTarget.value)}
            error={problem.fieldError('utmCampaign')}
          />
          <FormAlert message={problem.formError} />
          <Group justify="flex-end" gap="sm">
            {saved && (
              <Text role="status" fw={600}>
                {t('common.saved')}
              </Text>
            )}
            <Button type="submit" loading={loading}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
