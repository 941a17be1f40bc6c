import { Fragment, useEffect, useState, type ReactNode } from 'react';
import { Card, Space, Spin, Switch, Tooltip, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call, http } from '../../api/client.js';
import { reportParams, reportPath, type Grid, type GridElement, type GridValue } from './api.js';
import { EntryCell } from './EntryCell.js';
import { asRows, blocks, hasEthnic, isSingle, layoutIndex, orderCombos, rowsOf, visibleCombos, type Combo, type GridLayout } from './grid-order.js';
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

/** Phones (576 px wide or less) get every long breakdown as rows. */
const PHONE_QUERY = '(max-width: 576px)';
function usePhone() {
  const [phone, setPhone] = useState(() => window.matchMedia(PHONE_QUERY).matches);
  useEffect(() => {
    const m = window.matchMedia(PHONE_QUERY);
    const on = () => setPhone(m.matches);
    m.addEventListener('change', on);
    return () => m.removeEventListener('change', on);
  }, []);
  return phone;
}

const HIDE_KEY = 'dantoc.grid.hideEmptyGroups';
function useHideEmpty() {
  const [hide, setHide] = useState(() => {
    try {
      return localStorage.getItem(HIDE_KEY) === '1';
    } catch {
      return false;
    }
  });
  const set = (v: boolean) => {
    setHide(v);
    try {
      localStorage.setItem(HIDE_KEY, v ? '1' : '0');
    } catch {
      // private mode: the choice lasts for the page only
    }
  };
  return [hide, set] as const;
}

/**
 * The entry grid: a card per section; in each, elements broken down the same way share a table.
 * Short breakdowns are columns (rows = elements); long ones (ethnic groups) are rows, one per group
 * with the elements as columns, and every breakdown of more than two options is on a phone. Ethnic
 * groups follow the official code order, those with people in the unit's register first.
 */
export function EntryGrid({ grid, values, errors, disabled, onCommit, onComment, reset }: Props) {
  const path = reportPath(grid.dataSet.code, grid.unit.code, grid.period.id);
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  const phone = usePhone();
  const [hideEmpty, setHideEmpty] = useHideEmpty();
  const layoutQuery = useQuery({
    queryKey: ['data-entry', 'layout', grid.dataSet.code, grid.unit.code, grid.period.id],
    queryFn: () => call<GridLayout>(http.GET('/api/data-entry/reports/{dataSet}/{unit}/{period}/layout', { params: reportParams(path) })),
    staleTime: 10 * 60_000,
  });
  if (layoutQuery.isLoading) return <Spin style={{ display: 'block', margin: '24px auto' }} />;
  // Without the layout (an error) the grid still works, in the form's order.
  const layout = layoutQuery.data ?? null;
  const ethnic = hasEthnic(layout);
  const elName = (el: GridElement) => (en && el.nameEn ? el.nameEn : el.name);
  const unitOf = (el: GridElement) =>
    el.unit ? (
      <span className="rp-unit" data-testid={`unit-${el.code}`}>
        {' '}
        ({el.unit})
      </span>
    ) : null;
  let row = 0;
  // Groups not shown in any table (with hideEmpty).
  const used = new Set<string>();
  const shownSomewhere = new Set<string>();

  const cell = (el: GridElement, c: Combo, r: number, col: number, label: string) => {
    const k = cellKey(el.id, c.id);
    return (
      <EntryCell
        el={el}
        coc={c.id}
        row={r}
        col={col}
        stored={values.get(k)}
        error={errors[k]}
        disabled={disabled}
        reset={reset}
        path={path}
        label={label}
        onCommit={(text) => onCommit(el, c.id, text)}
        onComment={(comment) => onComment(el, c.id, comment)}
      />
    );
  };

  /** Rows = elements, columns = the breakdown's options. */
  const columnsTable = (key: string, els: GridElement[], combos: Combo[]) => {
    const single = isSingle(combos);
    return (
      <div key={key} className="rp-scroll">
        <table className="rp-grid" data-layout="columns">
          <thead>
            <tr>
              <th className="rp-name">{t('reporting.entry.element')}</th>
              {combos.map((c) => (
                <th key={c.id} data-coc={c.id}>
                  {single ? t('reporting.entry.value') : c.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {els.map((el) => {
              const r = row++;
              const name = elName(el);
              return (
                <tr key={el.id}>
                  <th className="rp-name" scope="row">
                    {name}
                    {unitOf(el)}
                    <div className="rp-code">{el.code}</div>
                  </th>
                  {combos.map((c, ci) => (
                    <td key={c.id}>{cell(el, c, r, ci, single ? name : `${name} — ${c.name}`)}</td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    );
  };

  /** Rows = groups (or options), columns = the elements, each split by the other options (e.g. Nam / Nữ). */
  const rowsTable = (key: string, els: GridElement[], combos: Combo[]) => {
    const { rows, parts } = rowsOf(combos, layout, en);
    const named = parts.some((p) => p.label !== null);
    const isEthnic = rows.some((r) => r.ethnicCode !== null);
    return (
      <div key={key} className="rp-scroll">
        <table className="rp-grid rp-rows" data-layout="rows">
          <thead>
            <tr>
              <th className="rp-name" rowSpan={named ? 2 : 1}>
                {isEthnic ? t('reportGrid.ethnicGroup') : t('reportGrid.option')}
              </th>
              {els.map((el) => (
                <th key={el.id} colSpan={parts.length} className="rp-element">
                  {elName(el)}
                  {unitOf(el)}
                  <div className="rp-code">{el.code}</div>
                </th>
              ))}
            </tr>
            {named && (
              <tr>
                {els.map((el) => (
                  <Fragment key={el.id}>
                    {parts.map((p) => (
                      <th key={p.key}>{p.label}</th>
                    ))}
                  </Fragment>
                ))}
              </tr>
            )}
          </thead>
          <tbody>
            {rows.map((g) => {
              const r = row++;
              let col = 0;
              return (
                <tr key={g.key} data-group={g.ethnicCode ?? g.key}>
                  <th className="rp-name" scope="row">
                    {g.label}
                    {!!g.persons && <div className="rp-code">{t('reportGrid.persons', { count: g.persons })}</div>}
                  </th>
                  {els.map((el) =>
                    parts.map((p) => {
                      const c = g.byRest.get(p.key);
                      const ci = col++;
                      return <td key={`${el.id}:${p.key}`}>{c ? cell(el, c, r, ci, `${elName(el)} — ${g.label}${p.label ? `, ${p.label}` : ''}`) : null}</td>;
                    }),
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    );
  };

  const sections = grid.sections.map((s) => {
    const tables: ReactNode[] = [];
    blocks(s.elements).forEach((b, bi) => {
      const ordered = orderCombos(b.combos, layout);
      const shown = visibleCombos(ordered, b.elements, layout, values, cellKey, hideEmpty);
      const ethnicOf = (c: Combo) => (layout ? layoutIndex(layout).get(c.id)?.ethnicCode : null);
      for (const c of ordered) if (ethnicOf(c)) used.add(ethnicOf(c)!);
      for (const c of shown) if (ethnicOf(c)) shownSomewhere.add(ethnicOf(c)!);
      if (!asRows(b.combos, phone)) tables.push(columnsTable(`${bi}`, b.elements, shown));
      // On a phone each element gets its own table, so a row is at most one element wide.
      else if (phone) for (const el of b.elements) tables.push(rowsTable(`${bi}:${el.id}`, [el], shown));
      else tables.push(rowsTable(`${bi}`, b.elements, shown));
    });
    return (
      <Card key={s.id} size="small" title={en && s.nameEn ? s.nameEn : s.name} style={{ marginBottom: 12 }} styles={{ body: { padding: 0 } }}>
        {tables}
      </Card>
    );
  });

  const hidden = [...used].filter((c) => !shownSomewhere.has(c));
  return (
    <div data-grid>
      {ethnic && (
        <Space wrap size={[12, 4]} className="rp-grid-tools" data-testid="grid-tools">
          <Tooltip title={t('reportGrid.hideEmptyHint')}>
            <Space size={6}>
              <Switch size="small" checked={hideEmpty} onChange={setHideEmpty} data-testid="hide-empty-groups" aria-label={t('reportGrid.hideEmpty')} />
              <span>{t('reportGrid.hideEmpty')}</span>
            </Space>
          </Tooltip>
          {hideEmpty && hidden.length > 0 && (
            <Typography.Text type="secondary" data-testid="hidden-groups">
              {t('reportGrid.hidden', { count: hidden.length })}
            </Typography.Text>
          )}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('reportGrid.orderHint')}
          </Typography.Text>
        </Space>
      )}
      {sections}
    </div>
  );
}
