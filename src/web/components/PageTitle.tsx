import { Space } from 'antd';
import type { ReactNode } from 'react';

/** The page heading with optional extras (badges, actions) that wrap on phones. */
export function PageTitle({ title, extra, children }: { title: string; extra?: ReactNode; children?: ReactNode }) {
  return (
    <div className="page-title">
      <h1>{title}</h1>
      {children}
      {extra && (
        <Space wrap style={{ marginInlineStart: 'auto' }}>
          {extra}
        </Space>
      )}
    </div>
  );
}
