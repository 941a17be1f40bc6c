import { Select, Typography } from 'antd';
import { MoveButtons, moved } from './fields.js';

interface Props {
  value?: string[];
  onChange?: (v: string[]) => void;
  /** What can be added: code and label. */
  choices: { code: string; label: string }[];
  labelOf: (code: string) => string;
  placeholder: string;
  empty: string;
  disabled?: boolean;
  loading?: boolean;
  testid: string;
}

/** An ordered list of codes (a form field): add from a searchable list, move up or down, remove. */
export function OrderedCodes({ value = [], onChange, choices, labelOf, placeholder, empty, disabled, loading, testid }: Props) {
  return (
    <div data-testid={testid}>
      {value.length === 0 ? (
        <Typography.Paragraph type="secondary">{empty}</Typography.Paragraph>
      ) : (
        <ol className="md-list">
          {value.map((code, i) => (
            <li key={code} data-testid={`${testid}-item-${i}`}>
              <span style={{ color: '#999', width: 22, textAlign: 'right' }}>{i + 1}.</span>
              <span className="md-label">
                {labelOf(code)}{' '}
                <Typography.Text type="secondary" code>
                  {code}
                </Typography.Text>
              </span>
              {!disabled && (
                <MoveButtons
                  index={i}
                  count={value.length}
                  onMove={(a, b) => onChange?.(moved(value, a, b))}
                  onRemove={() => onChange?.(value.filter((c) => c !== code))}
                  testid={`${testid}-${code}`}
                />
              )}
            </li>
          ))}
        </ol>
      )}
      {!disabled && (
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          value={null}
          loading={loading}
          placeholder={`+ ${placeholder}`}
          aria-label={placeholder}
          style={{ width: '100%' }}
          data-testid={`${testid}-add`}
          onChange={(code: string) => onChange?.([...value, code])}
          options={choices.filter((c) => !value.includes(c.code)).map((c) => ({ value: c.code, label: `${c.label} (${c.code})` }))}
        />
      )}
    </div>
  );
}
