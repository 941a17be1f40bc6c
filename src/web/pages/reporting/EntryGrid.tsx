import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { reportPath, type Grid, type GridElement, type GridValue } from './api.js';
import { EntryCell } from './EntryCell.js';
import { cellKey } from './useSaveQueue.js';

interface Props {
  grid: Grid;
  values: Map<string, GridValue>;
  errors: Record<string, string>;
  disabled: boolean;
  onCommit: (el: GridElement, coc: number, text: string) => void;
  onComment: (el: GridElement, coc: number, comment: string) => void;
  reset?: number;
}

/** Consecutive elements broken down the same way share one table (same columns). */
function blocks(elements: GridElement[]) {
  const out: GridElement[][] = [];
  for (const el of elements) {
    const sig = el.optionCombos.map((c) => c.id).join(',');
    const lastBlock = out[out.length - 1];
    if (lastBlock && lastBlock[0]!.optionCombos.map((c) => c.id).join(',') === sig) lastBlock.push(el);
    else out.push([el]);
  }
  return out;
}

/** The entry grid: a card per section, rows = data elements, columns = disaggregations. */
export function EntryGrid({ grid, values, errors, disabled, onCommit, onComment, reset }: Props) {
  const path = reportPath(grid.dataSet.code, grid.unit.code, grid.period.id);
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  let row = 0;
  return (
    <div data-grid>
      {grid.sections.map((s) => (
        <Card key={s.id} size="small" title={en && s.nameEn ? s.nameEn : s.name} style={{ marginBottom: 12 }} styles={{ body: { padding: 0 } }}>
          {blocks(s.elements).map((els, bi) => {
            const combos = els[0]!.optionCombos;
            const single = combos.length === 1 && (combos[0]!.code === 'none' || combos[0]!.code === null);
            return (
              <div key={bi} className="rp-scroll">
                <table className="rp-grid">
                  <thead>
                    <tr>
                      <th className="rp-name">{t('reporting.entry.element')}</th>
                      {combos.map((c) => (
                        <th key={c.id}>{single ? t('reporting.entry.value') : c.name}</th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {els.map((el) => {
                      const r = row++;
                      const name = en && el.nameEn ? el.nameEn : el.name;
                      return (
                        <tr key={el.id}>
                          <th className="rp-name" scope="row">
                            {name}
                            {el.unit && (
                              <span className="rp-unit" data-testid={`unit-${el.code}`}>
                                {' '}
                                ({el.unit})
                              </span>
                            )}
                            <div className="rp-code">{el.code}</div>
                          </th>
                          {combos.map((c, ci) => {
                            const k = cellKey(el.id, c.id);
                            return (
                              <td key={c.id}>
                                <EntryCell
                                  el={el}
                                  coc={c.id}
                                  row={r}
                                  col={ci}
                                  stored={values.get(k)}
                                  error={errors[k]}
                                  disabled={disabled}
                                  reset={reset}
                                  path={path}
                                  label={single ? name : `${name} — ${c.name}`}
                                  onCommit={(text) => onCommit(el, c.id, text)}
                                  onComment={(comment) => onComment(el, c.id, comment)}
                                />
                              </td>
                            );
                          })}
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
            );
          })}
        </Card>
      ))}
    </div>
  );
}
