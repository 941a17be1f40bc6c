import { useEffect, useRef, useState } from 'react';
import { Button, Input, Popover, Space, Tooltip, Typography } from 'antd';
import { CalculatorOutlined, MessageFilled, MessageOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { GridElement, GridValue } from './api.js';
import { displayValue } from './checks.js';
import { moveFocus } from './gridKeys.js';
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

/** One value of the grid: typed text saved after a pause or on leaving the cell, with its comment. */
export function EntryCell({ el, coc, row, col, stored, error, disabled, label, path, onCommit, onComment, reset }: Props) {
  const { t } = useTranslation();
  const yes = t('reporting.entry.yes');
  const no = t('reporting.entry.no');
  const shown = displayValue(el, stored?.value ?? null, yes, no);
  const [text, setText] = useState(shown);
  const [focused, setFocused] = useState(false);
  const [commentOpen, setCommentOpen] = useState(false);
  const [comment, setComment] = useState(stored?.comment ?? '');
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const last = useRef(shown);

  // Take the server's value unless the officer is typing in this cell.
  useEffect(() => {
    if (!focused && !timer.current) {
      setText(shown);
      last.current = shown;
    }
  }, [shown, reset]); // eslint-disable-line react-hooks/exhaustive-deps

  const commit = (v: string) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (v === last.current) return;
    last.current = v;
    onCommit(v);
  };

  const derived = stored?.derived && !stored.overrideReason;
  const title =
    error ??
    (derived ? t('reporting.entry.derivedHint') : stored?.overrideReason ? t('reporting.entry.overriddenHint', { reason: stored.overrideReason }) : undefined);
  return (
    <Space.Compact size="small" style={{ width: '100%' }}>
      <Tooltip title={title}>
        <Input
          size="small"
          value={text}
          disabled={disabled}
          status={error ? 'error' : undefined}
          aria-label={label}
          aria-invalid={!!error}
          data-r={row}
          data-c={col}
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
            commit(text);
          }}
          onChange={(e) => {
            const v = e.target.value;
            setText(v);
            if (timer.current) clearTimeout(timer.current);
            timer.current = setTimeout(() => commit(v), 800);
          }}
          onKeyDown={(e) => {
            const input = e.currentTarget;
            const atStart = input.selectionStart === 0 && input.selectionEnd === 0;
            const atEnd = input.selectionStart === input.value.length;
            const all = input.selectionStart === 0 && input.selectionEnd === input.value.length;
            let dir: 'up' | 'down' | 'left' | 'right' | null = null;
            if (e.key === 'Enter') dir = e.shiftKey ? 'up' : 'down';
            else if (e.key === 'ArrowDown') dir = 'down';
            else if (e.key === 'ArrowUp') dir = 'up';
            else if (e.key === 'ArrowLeft' && (atStart || all)) dir = 'left';
            else if (e.key === 'ArrowRight' && (atEnd || all)) dir = 'right';
            else if (e.key === 'Escape') {
              setText(last.current);
              if (timer.current) clearTimeout(timer.current);
              timer.current = null;
            }
            if (dir) {
              e.preventDefault();
              commit(text);
              moveFocus(input, dir);
            }
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
  );
}
