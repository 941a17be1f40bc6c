import { useEffect } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { Anchor, Button, Card, Col, Grid, Row, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/common.js';
import { PrintButton } from '../../components/Print.js';
import { GUIDE_VI } from './guide.vi.js';
import { GUIDE_EN } from './guide.en.js';
import { HELP_SECTIONS } from './sections.js';

/** The user guide: the main tasks step by step, one section per page of the app, and the glossary. */
export default function HelpPage() {
  const { t, i18n } = useTranslation();
  const guide = i18n.language === 'en' ? GUIDE_EN : GUIDE_VI;
  const location = useLocation();
  const navigate = useNavigate();
  const screens = Grid.useBreakpoint();
  const from = (location.state as { from?: string } | null)?.from;
  const hash = decodeURIComponent(location.hash.slice(1));

  // Open at the section the help button asked for (the hash), highlighted.
  useEffect(() => {
    if (!hash) return;
    const el = document.getElementById(hash);
    if (!el) return;
    el.scrollIntoView({ block: 'start' });
    el.classList.add('help-current');
    return () => el.classList.remove('help-current');
  }, [hash]);

  const sections = HELP_SECTIONS.filter((s) => s.id !== 'glossary').map((s) => ({ id: s.id, ...guide.sections[s.id as Exclude<typeof s.id, 'glossary'>] }));
  const toc = [...sections.map((s) => ({ key: s.id, href: `#${s.id}`, title: s.title })), { key: 'glossary', href: '#glossary', title: guide.glossary.title }];

  return (
    <>
      <PageTitle
        title={guide.title}
        extra={
          <>
            {from && (
              <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(from)} data-testid="help-back">
                {t('help.backToPage')}
              </Button>
            )}
            <PrintButton title={guide.title} signatures={false} />
          </>
        }
      />
      <Typography.Paragraph>{guide.intro}</Typography.Paragraph>
      <Row gutter={16}>
        {screens.lg && (
          <Col lg={6} className="no-print">
            <Anchor
              offsetTop={72}
              items={toc}
              getCurrentAnchor={() => (hash ? `#${hash}` : '')}
              onClick={(e, link) => {
                e.preventDefault();
                navigate({ hash: link.href }, { replace: true, state: location.state });
              }}
            />
          </Col>
        )}
        <Col xs={24} lg={18}>
          {!screens.lg && (
            <Card size="small" title={t('help.contents')} className="no-print" style={{ marginBottom: 12 }}>
              <ol style={{ margin: 0, paddingInlineStart: 20 }}>
                {toc.map((s) => (
                  <li key={s.key}>
                    <a href={s.href}>{s.title}</a>
                  </li>
                ))}
              </ol>
            </Card>
          )}
          {sections.map((s) => (
            <section key={s.id} id={s.id} className="help-section" data-testid={`help-${s.id}`}>
              <Typography.Title level={3}>{s.title}</Typography.Title>
              {s.intro && <Typography.Paragraph>{s.intro}</Typography.Paragraph>}
              {s.steps && (
                <ol className="help-steps">
                  {s.steps.map((step) => (
                    <li key={step}>{step}</li>
                  ))}
                </ol>
              )}
              {s.notes?.map((n) => (
                <Typography.Paragraph key={n} type="secondary">
                  {n}
                </Typography.Paragraph>
              ))}
            </section>
          ))}
          <section id="glossary" className="help-section" data-testid="help-glossary">
            <Typography.Title level={3}>{guide.glossary.title}</Typography.Title>
            <Typography.Paragraph>{guide.glossary.intro}</Typography.Paragraph>
            <dl className="glossary">
              {guide.glossary.terms.map((g) => (
                <div key={g.term} className="glossary-entry">
                  <dt>{g.term}</dt>
                  <dd>{g.meaning}</dd>
                </div>
              ))}
            </dl>
          </section>
        </Col>
      </Row>
    </>
  );
}
