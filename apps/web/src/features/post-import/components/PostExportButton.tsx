import { Button, Menu } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { exportUrl } from '../post-files';

export interface PostExportButtonProps {
  brandId: string;
  /** First and last local day (yyyy-mm-dd) of the posts to export. */
  from: string;
  to: string;
}

/** Downloads the brand's posts of a date range as CSV or XLSX (columns an import reads). */
export function PostExportButton({ brandId, from, to }: PostExportButtonProps) {
  const { t } = useTranslation();
  return (
    <Menu position="bottom-end">
      <Menu.Target>
        <Button variant="default">{t('postImport.export.button')}</Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item component="a" href={exportUrl(brandId, 'csv', from, to)} download>
          {t('postImport.export.csv')}
        </Menu.Item>
        <Menu.Item component="a" href={exportUrl(brandId, 'xlsx', from, to)} download>
          {t('postImport.export.xlsx')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
