import type { ReactNode } from 'react';
import { Typography } from 'antd';

/**
 * A caption above a control, tied to it: a `<label for>` naming the control's `id` (inputs, selects),
 * or, with `group`, a fieldset the caption names (segmented and radio buttons, which are several controls).
 */
export function LabeledField({
  id,
  label,
  className,
  group,
  children,
}: {
  id: string;
  label: ReactNode;
  className?: string;
  group?: boolean;
  children: ReactNode;
}) {
  const caption = <Typography.Text type="secondary">{label}</Typography.Text>;
  if (group) {
    return (
      <fieldset className={className} id={id} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
        <legend style={{ padding: 0, marginBottom: 0, fontSize: 'inherit', border: 0, lineHeight: 'inherit' }}>{caption}</legend>
        {children}
      </fieldset>
    );
  }
  return (
    <div className={className}>
      <label htmlFor={id}>{caption}</label>
      {children}
    </div>
  );
}
