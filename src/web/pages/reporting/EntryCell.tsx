import { useEffect, useRef, useState } from 'react';
import { Button, Input, Popover, Space, Tooltip, Typography } from 'antd';
import { CalculatorOutlined, MessageFilled, MessageOutlined, WarningFilled } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { formatNumber, parseNumber } from '../../lib/format.js';
import type { GridElement, GridValue } from './api.js';
import { displayValue } from './checks.js';
import { OUTLIER_FACTOR, outlierOf, useEntryCell } from './entry-context.js';
import { moveFocus, type Direction } from './gridKeys.js';
import { cellKey } from './useSaveQueue.js';
import { ValueHistory } from './ValueHistory.js';

interface Props {
  el: GridElement;
  coc: number;
  row: number;
  col: number;
  stored: GridValue | undefined;
  error: string | undefined;
  disabled: boolean;
  label: string;
  /** The report's API path, for the history of the cell. */
  path: string;
  onCommit: (text: string) => void;
  onComment: (comment: string) => void;
  /** Changes when typed text must give way to the stored value (an override was cancelled). */
  reset?: number;
}

const NUMERIC = new Set(['integer', 'number', 'percentage']);

/**
 * One value of the grid: typed text saved after a pause or on leaving the cell, with its comment.
 * Under it: why it was refused (never only on hover), and last period's value with a warning when
 * the value is far from the earlier periods'.
 */
export function EntryCell({ el, coc, row, col, stored, error, disabled, label, path, onCommit, onComment, reset }: Props) {
  const { t } = useTranslation();
  const shared = useEntryCell();
  const { lang } = shared;
  const key = cellKey(el.id, coc);
  const yes = t('reporting.entry.yes');
  const no = t('reporting.entry.no');
  const shown = displayValue(el, stored?.value ?? null, yes, no, lang);
  const [text, setText] = useState(shown);
  const [focused, setFocused] = useState(false);
  const [commentOpen, setCommentOpen] = useState(false);
  const [comment, setComment] = useState(stored?.comment ?? '');
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const last = useRef(shown);
  const dirty = useRef(false);
  const setDirty = (d: boolean) => {
    if (dirty.current === d) return;
    dirty.current = d;
    shared.onDirty(key, d);
  };
  useEffect(() => () => shared.onDirty(key, false), []); // eslint-disable-line react-hooks/exhaustive-deps

  // Take the server's value unless the officer is typing in this cell.
  useEffect(() => {
    if (!focused && !timer.current) {
      setText(shown);
      last.current = shown;
    }
  }, [shown, reset]); // eslint-disable-line react-hooks/exhaustive-deps

  const numeric = NUMERIC.has(el.valueType);
  /** A number typed in any accepted way (1000000, 1.000.000) written the way the grid shows it. */
  const tidy = (v: string) => {
    const n = numeric ? parseNumber(v, lang) : null;
    return n === null ? v : formatNumber(n, lang);
  };
  const commit = (v: string) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    setDirty(false);
    const same = v === last.current || (numeric && parseNumber(v, lang) !== null && parseNumber(v, lang) === parseNumber(last.current, lang));
    last.current = v;
    if (!same) onCommit(v);
  };

  /** Escape: back to the value the server holds, dropping the typed text and its refusal. */
  const revert = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    setText(shown);
    last.current = shown;
    setDirty(false);
    shared.onRevert(key);
  };

  const derived = stored?.derived && !stored.overrideReason;
  const title = derived
    ? t('reporting.entry.derivedHint')
    : stored?.overrideReason
      ? t('reporting.entry.overriddenHint', { reason: stored.overrideReason })
      : undefined;

  // Last period's value, and how this one compares with the earlier periods'.
  const earlier = shared.earlier.get(key) ?? [];
  const previous = shared.previousPeriod ? earlier.find((e) => e.periodId === shared.previousPeriod!.id) : undefined;
  const current = numeric && stored?.value != null ? Number(stored.value) : null;
  const outlier =
    current !== null
      ? outlierOf(
          current,
          earlier.map((e) => Number(e.value)),
        )
      : null;
  const earlierList = earlier.map((e) => `${e.periodName}: ${displayValue(el, e.value, yes, no, lang)}`).join(' · ');
  const errorId = `cell-error-${el.id}-${coc}`;
  return (
    <div className="rp-cell">
      <Space.Compact size="small" style={{ width: '100%' }}>
        <Tooltip title={title}>
          <Input
            size="small"
            value={text}
            disabled={disabled}
            status={error ? 'error' : outlier ? 'warning' : undefined}
            aria-label={el.unit ? `${label} (${el.unit})` : label}
            aria-invalid={!!error}
            aria-describedby={error ? errorId : undefined}
            data-r={row}
            data-c={col}
            data-de={el.id}
            data-coc={coc}
            data-testid={`cell-${el.code}-${coc}`}
            className={derived ? 'rp-derived' : stored?.overrideReason ? 'rp-overridden' : undefined}
            inputMode={el.valueType === 'text' || el.valueType === 'boolean' || el.valueType === 'date' ? 'text' : 'decimal'}
            style={{ textAlign: el.valueType === 'text' ? 'left' : 'right', minWidth: el.valueType === 'text' ? 160 : 72 }}
            prefix={derived ? <CalculatorOutlined style={{ color: '#1677ff' }} aria-label={t('reporting.entry.derived')} /> : undefined}
            onFocus={(e) => {
              setFocused(true);
              e.target.select();
            }}
            onBlur={() => {
              setFocused(false);
              const v = tidy(text);
              setText(v);
              commit(v);
            }}
            onChange={(e) => {
              const v = e.target.value;
              setText(v);
              setDirty(v !== last.current);
              if (timer.current) clearTimeout(timer.current);
              timer.current = setTimeout(() => commit(v), 800);
            }}
            onKeyDown={(e) => {
              const input = e.currentTarget;
              const atStart = input.selectionStart === 0 && input.selectionEnd === 0;
              const atEnd = input.selectionStart === input.value.length;
              const all = input.selectionStart === 0 && input.selectionEnd === input.value.length;
              // As in a spreadsheet: Enter down, Tab right, Shift the other way; arrows at the text's edge.
              let dir: Direction | null = null;
              if (e.key === 'Enter') dir = e.shiftKey ? 'up' : 'down';
              else if (e.key === 'Tab') dir = e.shiftKey ? 'left' : 'right';
              else if (e.key === 'ArrowDown') dir = 'down';
              else if (e.key === 'ArrowUp') dir = 'up';
              else if (e.key === 'ArrowLeft' && (atStart || all)) dir = 'left';
              else if (e.key === 'ArrowRight' && (atEnd || all)) dir = 'right';
              else if (e.key === 'Escape') revert();
              if (!dir) return;
              commit(text);
              // Tab past the last cell leaves the grid as usual; the other keys stay in it.
              if (moveFocus(input, dir) || e.key !== 'Tab') e.preventDefault();
            }}
          />
        </Tooltip>
        <Popover
          trigger="click"
          open={commentOpen}
          onOpenChange={(o) => {
            setCommentOpen(o);
            if (o) setComment(stored?.comment ?? '');
          }}
          title={t('reporting.entry.comment')}
          content={
            <div style={{ width: 260, maxWidth: 'calc(100vw - 48px)' }}>
              <Input.TextArea
                rows={3}
                value={comment}
                maxLength={2000}
                disabled={disabled}
                onChange={(e) => setComment(e.target.value)}
                data-testid="comment-text"
              />
              {!disabled && (
                <Button
                  type="primary"
                  size="small"
                  style={{ marginTop: 8 }}
                  data-testid="comment-save"
                  onClick={() => {
                    onComment(comment);
                    setCommentOpen(false);
                  }}
                >
                  {t('common.save')}
                </Button>
              )}
              <Typography.Title level={5} style={{ fontSize: 13, margin: '12px 0 4px' }}>
                {t('reporting.entry.history')}
              </Typography.Title>
              {commentOpen && <ValueHistory path={path} el={el} coc={coc} version={stored?.updatedAt} />}
            </div>
          }
        >
          <Button
            size="small"
            tabIndex={-1}
            aria-label={t('reporting.entry.commentAndHistory')}
            data-testid={`comment-${el.code}-${coc}`}
            icon={stored?.comment ? <MessageFilled style={{ color: '#fa8c16' }} /> : <MessageOutlined style={{ color: '#bbb' }} />}
          />
        </Popover>
      </Space.Compact>
      {error && (
        <div className="rp-cell-error" id={errorId} role="alert" data-testid="cell-error">
          {error}
        </div>
      )}
      {(previous || outlier) && (
        <div className="rp-cell-meta">
          {previous && (
            <Tooltip title={earlierList}>
              <span data-testid="cell-previous">{t('reporting.entry.previousValue', { value: displayValue(el, previous.value, yes, no, lang) })}</span>
            </Tooltip>
          )}
          {outlier && (
            <Tooltip
              title={t(outlier.high ? 'reporting.entry.outlierHigh' : 'reporting.entry.outlierLow', {
                factor: OUTLIER_FACTOR,
                mean: formatNumber(Math.round(outlier.mean * 100) / 100, lang),
                count: earlier.length,
              })}
            >
              <span className="rp-cell-outlier" data-testid="cell-outlier" tabIndex={-1}>
                <WarningFilled /> {t('reporting.entry.outlier')}
              </span>
            </Tooltip>
          )}
        </div>
      )}
    </div>
  );
}
