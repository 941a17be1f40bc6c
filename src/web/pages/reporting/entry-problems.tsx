import { Alert, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { focusCell } from './entry-context.js';

/** A cell whose value was refused, named as the grid names it. */
export interface CellProblem {
  dataElementId: number;
  categoryOptionComboId: number;
  name: string;
  message: string;
}

/**
 * The refused cells above the grid: each with its reason and a link to it. While any is listed, the
 * value the screen shows is not the one the server holds and the report cannot be submitted.
 */
export function EntryProblems({ problems }: { problems: CellProblem[] }) {
  const { t } = useTranslation();
  if (!problems.length) return null;
  return (
    <Alert
      type="error"
      showIcon
      style={{ marginBottom: 12 }}
      data-testid="cell-problems"
      title={t('reporting.entry.problemsTitle', { count: problems.length })}
      description={
        <>
          <ul className="rp-problems">
            {problems.map((p) => (
              <li key={`${p.dataElementId}:${p.categoryOptionComboId}`}>
                <Typography.Link data-testid="cell-problem-link" onClick={() => focusCell(p.dataElementId, p.categoryOptionComboId)}>
                  {p.name}
                </Typography.Link>
                : {p.message}
              </li>
            ))}
          </ul>
          <Typography.Text type="secondary">{t('reporting.entry.problemsHint')}</Typography.Text>
        </>
      }
    />
  );
}
