import { Alert, Tag } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call, http } from '../../api/client.js';
import '../../components/plain.css';

/** In-app reminder: what units in one's area owe past their supply deadline (nothing shown when nothing is owed). */
export function OverdueCard() {
  const { t } = useTranslation();
  const { data } = useQuery({ queryKey: ['supply-duties', 'overdue'], queryFn: () => call(http.GET('/api/supply-duties/overdue')) });
  if (!data?.items.length) return null;
  const day = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginTop: 12 }}
      data-testid="home-overdue"
      message={t('webhooks.overdueTitle')}
      description={
        <ul className="plain-list">
          {data.items.slice(0, 10).map((o) => (
            <li key={`${o.unitName}-${o.what}-${o.periodName}`}>
              {t('webhooks.overdueItem', { unit: o.unitName, what: o.what, period: o.periodName, days: o.daysOverdue, deadline: day(o.deadline) })}
              {o.escalated && (
                <Tag color="red" style={{ marginLeft: 8 }}>
                  {t('webhooks.escalated')}
                </Tag>
              )}
            </li>
          ))}
        </ul>
      }
    />
  );
}
