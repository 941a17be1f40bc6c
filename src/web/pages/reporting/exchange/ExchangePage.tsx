import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../components/common.js';
import { useCan } from '../../../lib/session.js';
import { ExportCard } from './ExportCard.js';
import { ImportCard } from './ImportCard.js';
import { MetadataImportCard } from './MetadataImportCard.js';
import '../reporting.css';
import './exchange.css';

/** DHIS2 exchange: import and export of data value sets, and (for managers) DHIS2 metadata import. */
export default function ExchangePage() {
  const { t } = useTranslation();
  const manage = useCan('manage_reporting');
  return (
    <>
      <PageTitle title={t('reportExchange.title')} />
      <Typography.Paragraph type="secondary">{t('reportExchange.intro')}</Typography.Paragraph>
      <ImportCard />
      <ExportCard />
      {manage && <MetadataImportCard />}
    </>
  );
}
