import { Spin } from 'antd';

/** Shown while a page's code or first data loads. */
export function PageSpinner() {
  return (
    <div style={{ padding: 48, textAlign: 'center' }}>
      <Spin size="large" />
    </div>
  );
}
