import { useState } from 'react';
import { Tag, Typography } from 'antd';
import { useUnit } from '../../../api/units.js';
import type { UnitLevel } from '../../../api/types.js';
import { UnitPicker } from '../../../components/UnitPicker.js';
import { todayVN } from '../../../../shared/dates.js';

/** A unit chosen by code (form field): the existing UnitPicker, fed and answered with codes. */
export function UnitCodeField({
  value,
  onChange,
  level,
  placeholder,
  disabled,
  testid,
}: {
  value?: string | null;
  onChange?: (code: string | null) => void;
  level?: UnitLevel;
  placeholder?: string;
  disabled?: boolean;
  testid?: string;
}) {
  const today = todayVN();
  const unit = useUnit(value ?? undefined, today);
  if (disabled) return <UnitName code={value} />;
  return (
    <UnitPicker
      date={today}
      level={level}
      value={value ? (unit.data ?? null) : null}
      placeholder={placeholder}
      style={{ width: '100%' }}
      data-testid={testid}
      onChange={(u) => onChange?.(u?.code ?? null)}
    />
  );
}

/** A unit's name and code, looked up by code. */
export function UnitName({ code }: { code?: string | null }) {
  const unit = useUnit(code ?? undefined, todayVN());
  if (!code) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <span>
      {unit.data?.fullName ?? ''} <Typography.Text type="secondary">{code}</Typography.Text>
    </span>
  );
}

/** A list of unit codes (form field): tags with names, a picker to add one. */
export function UnitListField({
  value = [],
  onChange,
  disabled,
  empty,
  placeholder,
}: {
  value?: string[];
  onChange?: (v: string[]) => void;
  disabled?: boolean;
  empty: string;
  placeholder: string;
}) {
  // The picker only adds: a fresh one after each pick shows the placeholder again.
  const [round, setRound] = useState(0);
  return (
    <div data-testid="assign-units">
      <div style={{ marginBottom: 8 }}>
        {value.length === 0 && <Typography.Text type="secondary">{empty}</Typography.Text>}
        {value.map((code) => (
          <Tag
            key={code}
            closable={!disabled}
            closeIcon={disabled ? false : undefined}
            onClose={() => onChange?.(value.filter((c) => c !== code))}
            style={{ marginBottom: 4 }}
            data-testid={`assigned-${code}`}
          >
            <UnitName code={code} />
          </Tag>
        ))}
      </div>
      {!disabled && (
        <UnitCodeField
          key={round}
          value={null}
          placeholder={placeholder}
          testid="add-unit"
          onChange={(code) => {
            if (code && !value.includes(code)) onChange?.([...value, code]);
            setRound((n) => n + 1);
          }}
        />
      )}
    </div>
  );
}
