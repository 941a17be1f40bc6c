import type { CSSProperties, HTMLAttributes, ReactNode } from 'react';
// plain-secondary and plain-paragraph come with the login page's styles (pages/login.css), which every visit loads.
import './plain.css';

// The frame and the home page are what a slow link waits for after signing in. antd's Typography brings
// its editable TextArea, Card brings Tabs and List brings Pagination and Select (together about 80 KB
// compressed), so these few plain elements, styled as antd draws them, stand in for them there.

export function Muted({ children, style }: { children: ReactNode; style?: CSSProperties }) {
  return (
    <span className="plain-secondary" style={style}>
      {children}
    </span>
  );
}

export function Strong({ children }: { children: ReactNode }) {
  return <strong className="plain-strong">{children}</strong>;
}

export function Note({ children, style }: { children: ReactNode; style?: CSSProperties }) {
  return (
    <p className="plain-secondary plain-paragraph" style={style}>
      {children}
    </p>
  );
}

export function SectionTitle({ children, style }: { children: ReactNode; style?: CSSProperties }) {
  return (
    <h5 className="plain-section-title" style={style}>
      {children}
    </h5>
  );
}

/** A small card: an optional title bar and a body; `hoverable` lifts it under the pointer like antd's. */
export function Panel({
  title,
  hoverable,
  children,
  style,
  ...rest
}: { title?: ReactNode; hoverable?: boolean; children: ReactNode; style?: CSSProperties } & Omit<HTMLAttributes<HTMLDivElement>, 'title'>) {
  return (
    <div className={hoverable ? 'plain-panel plain-panel-hoverable' : 'plain-panel'} style={style} {...rest}>
      {title && <div className="plain-panel-head">{title}</div>}
      <div className="plain-panel-body">{children}</div>
    </div>
  );
}
