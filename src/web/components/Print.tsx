import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { Button } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { fmtDate } from '../lib/format.js';
import { todayVN } from '../../shared/days.js';
import '../print.css';

/** What the printed page says above the content: the document's name, the unit, the signature lines. */
export interface PrintHead {
  /** The document's name, e.g. "Phiếu hộ gia đình HB-0001". */
  title: string;
  /** The unit the document is about ("Xã Tân Lạc"); the user's own area when not given. */
  unit?: string;
  /** Signature lines at the foot (the person who made it, the head of the unit). */
  signatures?: boolean;
}

const PrintContext = createContext<(head: PrintHead | null) => void>(() => {});

/** The issuing body's line of a Vietnamese document: "UBND XÃ TÂN LẠC". */
function issuer(unit: string | undefined, fallback: string): string {
  if (!unit) return fallback.toLocaleUpperCase('vi');
  return `UBND ${unit.split(',')[0].trim()}`.toLocaleUpperCase('vi');
}

/**
 * Wraps every page: a title block and signature lines that only print (browser print, `@media print`
 * in styles.css hides the menu, header and buttons). Pages set what it says with `PrintButton`.
 */
export function PrintFrame({ unit, user, children }: { unit?: string; user: string; children: ReactNode }) {
  const { t } = useTranslation();
  const [head, setHead] = useState<PrintHead | null>(null);
  const shown = head?.title ?? '';
  return (
    <PrintContext.Provider value={setHead}>
      <div className="print-only print-head" data-testid="print-head">
        <div className="print-head-row">
          <div className="print-head-cell">
            <div className="print-issuer" data-testid="print-unit">
              {issuer(head?.unit ?? unit, t('app.subtitle'))}
            </div>
          </div>
          <div className="print-head-cell">
            <div className="print-issuer">{t('print.nation')}</div>
            <div className="print-motto">{t('print.motto')}</div>
          </div>
        </div>
        {shown && (
          <div className="print-title" data-testid="print-title">
            {shown}
          </div>
        )}
        <div className="print-meta">{t('print.printedOn', { date: fmtDate(todayVN()), user })}</div>
      </div>
      {children}
      {head?.signatures && (
        <div className="print-only print-sign" data-testid="print-sign">
          <div className="print-sign-cell">
            <div className="print-sign-role">{t('print.maker')}</div>
            <div className="print-sign-hint">{t('print.signHint')}</div>
          </div>
          <div className="print-sign-cell">
            <div>{t('print.placeDate')}</div>
            <div className="print-sign-role">{t('print.head')}</div>
            <div className="print-sign-hint">{t('print.signHintSeal')}</div>
          </div>
        </div>
      )}
    </PrintContext.Provider>
  );
}

/** Sets the printed title block while the calling page is shown. */
export function usePrintHead(head: PrintHead | null) {
  const set = useContext(PrintContext);
  const title = head?.title;
  const unit = head?.unit;
  const signatures = head?.signatures;
  useEffect(() => {
    set(title ? { title, unit, signatures } : null);
    return () => set(null);
  }, [set, title, unit, signatures]);
  return set;
}

/** The "In" button: sets the printed title block and opens the browser's print dialog. */
export function PrintButton({ title, unit, signatures = true, onPrint }: PrintHead & { onPrint?: () => void }) {
  const { t } = useTranslation();
  usePrintHead({ title, unit, signatures });
  const print = useCallback(() => (onPrint ? onPrint() : window.print()), [onPrint]);
  return (
    <Button icon={<PrinterOutlined />} onClick={print} data-testid="print-button" className="no-print">
      {t('print.button')}
    </Button>
  );
}
