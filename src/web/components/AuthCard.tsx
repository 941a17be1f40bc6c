import type { ReactNode } from 'react';
import { Card, Space, Typography } from 'antd';
import { LanguageSwitch } from './LanguageSwitch.js';

/** The card of the pages shown before sign-in (login, first-run setup): title, language switch, intro, then the form. */
export function AuthCard({ title, intro, children }: { title: ReactNode; intro: ReactNode; children: ReactNode }) {
  return (
    <div className="login-wrap">
      <Card className="login-card" variant="borderless" style={{ boxShadow: '0 8px 24px rgba(0,0,0,0.12)' }}>
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          <div style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
            <Typography.Title level={4} style={{ margin: 0, flex: 1, color: '#0b6e4f' }}>
              {title}
            </Typography.Title>
            <LanguageSwitch />
          </div>
          <Typography.Text type="secondary">{intro}</Typography.Text>
          {children}
        </Space>
      </Card>
    </div>
  );
}
