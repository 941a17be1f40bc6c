import { useState } from 'react';
import { Alert, App, Button, Modal, Space, Upload } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { call, http } from '../../api/client.js';
import type { Body, Res } from '../../api/types.js';
import { useShowError } from '../../lib/errors.js';
import { todayVN } from '../../../shared/dates.js';

type Counts = Res<'/api/reporting/metadata', 'post'>['counts'];

/** Export of all reporting metadata as one JSON file, and its import (always a dry run first). */
export function MetadataTransfer({ canManage }: { canManage: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowError();
  const qc = useQueryClient();
  const [open, setOpen] = useState(false);
  const [doc, setDoc] = useState<{ name: string; body: unknown } | null>(null);
  const [dry, setDry] = useState<Counts | null>(null);
  const run = useMutation({
    mutationFn: (dryRun: boolean) =>
      call(
        http.POST('/api/reporting/metadata', {
          params: { query: { dryRun: dryRun ? 'true' : 'false' } },
          body: doc!.body as Body<'/api/reporting/metadata', 'post'>,
        }),
      ),
    onSuccess: (r) => {
      if (r.dryRun) setDry(r.counts);
      else {
        message.success(t('reporting.forms.applied'));
        setOpen(false);
        void qc.invalidateQueries({ queryKey: ['reporting'] });
      }
    },
    onError: (e) => showError(e),
  });
  const download = async () => {
    try {
      const body = await call<unknown>(http.GET('/api/reporting/metadata'));
      const url = URL.createObjectURL(new Blob([JSON.stringify(body, null, 2)], { type: 'application/json' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = `reporting-metadata-${todayVN()}.json`;
      a.click();
      URL.revokeObjectURL(url);
    } catch (e) {
      showError(e);
    }
  };
  const counts = (c: Counts) => Object.entries(c).map(([kind, n]) => <div key={kind}>{t('reporting.forms.counts', { kind, ...n })}</div>);
  return (
    <>
      <Space wrap>
        <Button icon={<DownloadOutlined />} onClick={() => void download()} data-testid="metadata-export">
          {t('reporting.forms.export')}
        </Button>
        {canManage && (
          <Button
            icon={<UploadOutlined />}
            onClick={() => {
              setDoc(null);
              setDry(null);
              setOpen(true);
            }}
          >
            {t('reporting.forms.import')}
          </Button>
        )}
      </Space>
      <Modal
        open={open}
        title={t('reporting.forms.importTitle')}
        onCancel={() => setOpen(false)}
        footer={[
          <Button key="dry" disabled={!doc} loading={run.isPending && run.variables === true} onClick={() => run.mutate(true)}>
            {t('reporting.forms.dryRun')}
          </Button>,
          <Button key="apply" type="primary" disabled={!dry} loading={run.isPending && run.variables === false} onClick={() => run.mutate(false)}>
            {t('reporting.forms.apply')}
          </Button>,
        ]}
      >
        <Upload
          accept=".json,application/json"
          maxCount={1}
          beforeUpload={async (file) => {
            try {
              setDoc({ name: file.name, body: JSON.parse(await file.text()) });
              setDry(null);
            } catch {
              message.error(t('reporting.forms.badJson'));
            }
            return false;
          }}
          showUploadList={false}
        >
          <Button icon={<UploadOutlined />}>{doc ? doc.name : t('reporting.forms.pickFile')}</Button>
        </Upload>
        {dry && <Alert style={{ marginTop: 12 }} type="info" showIcon title={t('reporting.forms.dryRunResult')} description={counts(dry)} />}
      </Modal>
    </>
  );
}
