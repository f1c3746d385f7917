import { useMutation } from '@apollo/client/react';
import { App, Button, Card, Checkbox, Flex, Form, Input, Popconfirm, type FormRule } from 'antd';
import { useState } from 'react';
import { ErrorAlert } from '../../../shared/error-alert';
import { EvidenceField } from '../evidence/evidence-field';
import type { EvidenceFile } from '../evidence/evidence-files';
import { entryFormValues, entryInputOf, entryValueProblem, type EntryFormValues } from './entry-values';
import { FinishReferralMutation, SavePerformanceEntryMutation } from './referral.graphql';
import type { ReferralDetail } from './referral-info';
import { PERSIAN_COUNT } from '../../../shared/persian-count';

export interface EntryFormProps {
  referral: ReferralDetail;
  previousId: string | null;
  nextId: string | null;
  onNavigate: (referralId: string) => void;
}

const valueRule: FormRule = {
  validator: (_rule, value: string | undefined) => {
    const problem = entryValueProblem(value);
    return problem === null ? Promise.resolve() : Promise.reject(new Error(problem));
  },
};

const REFETCH = ['Referral', 'MyReferrals', 'MyReferralIds'];

/**
 * «ثبت عملکرد» (seed 002 rule 9). The form keeps everything typed whatever the API answers; «ذخیره»
 * saves a draft, «شاخص قبلی» / «شاخص بعدی» save first when something changed, «اتمام عملیات» saves
 * and sends the value up one level.
 */
export function EntryForm({ referral, previousId, nextId, onNavigate }: EntryFormProps) {
  const { message } = App.useApp();
  const [form] = Form.useForm<EntryFormValues>();
  // Files saved earlier come with their names and sizes, as those uploaded in this visit.
  const [files, setFiles] = useState<EvidenceFile[]>(() => (referral.entry?.evidenceFiles ?? []).map((file) => ({ ...file })));
  const [dirty, setDirty] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [save, saving] = useMutation(SavePerformanceEntryMutation);
  const [finish, finishing] = useMutation(FinishReferralMutation, { refetchQueries: REFETCH, awaitRefetchQueries: true });
  const isBaseline = Form.useWatch('isBaseline', form) ?? false;

  /**
   * Saves the draft; true when saved. The typed values stay in the form either way. Before a finish
   * nothing is refetched: a late answer would overwrite the finished status.
   */
  const saveDraft = async (refetch = true): Promise<boolean> => {
    setError(null);
    try {
      await form.validateFields(['value']);
    } catch {
      return false;
    }
    try {
      const input = entryInputOf(
        form.getFieldsValue(true) as EntryFormValues,
        files.map((f) => f.id),
      );
      await save({ variables: { referralId: referral.id, input }, refetchQueries: refetch ? REFETCH : [], awaitRefetchQueries: true });
      setDirty(false);
      return true;
    } catch (failure) {
      setError(failure);
      return false;
    }
  };

  const onSave = () => {
    void saveDraft().then((saved) => {
      if (saved) message.success('عملکرد ذخیره شد');
    });
  };

  const go = (target: string | null) => {
    if (target === null) return;
    if (!dirty) return onNavigate(target);
    void saveDraft(false).then((saved) => {
      if (saved) onNavigate(target);
    });
  };

  const onFinish = () => {
    const value = form.getFieldValue('value') as string | undefined;
    if (!value?.trim()) {
      form.setFields([{ name: 'value', errors: ['برای اتمام عملیات، عملکرد را وارد کنید'] }]);
      return;
    }
    void saveDraft(false).then(async (saved) => {
      if (!saved) return;
      try {
        await finish({ variables: { id: referral.id } });
        message.success('عملکرد برای ارجاع دهنده فرستاده شد');
      } catch (failure) {
        setError(failure);
      }
    });
  };

  const busy = saving.loading || finishing.loading;

  return (
    <Form<EntryFormValues>
      form={form}
      name="performance-entry"
      layout="vertical"
      initialValues={entryFormValues(referral.entry)}
      onFinish={onSave}
      onValuesChange={() => setDirty(true)}
    >
      <Flex vertical gap="middle">
        <Card title="جزئیات عملکرد" size="small">
          <Form.Item
            label="عملکرد"
            name="value"
            rules={[valueRule]}
            extra={`به ${referral.indicator.unitOfMeasure}؛ برای اتمام عملیات لازم است`}
          >
            <Input inputMode="decimal" dir="ltr" maxLength={24} style={{ maxWidth: 240 }} />
          </Form.Item>
          <Form.Item name="hasStrategicPlan" valuePropName="checked" style={{ marginBottom: 8 }}>
            <Checkbox>شاخص دارای برنامه راهبردی و عملیاتی مرتبط درون دستگاهی می‌باشد</Checkbox>
          </Form.Item>
          <Form.Item name="hasInformationSystem" valuePropName="checked">
            <Checkbox>شاخص دارای سامانه (پایگاه) اطلاعاتی می‌باشد</Checkbox>
          </Form.Item>
          <Form.Item label="توضیحات عملکرد" name="description">
            <Input.TextArea rows={3} maxLength={4000} showCount={PERSIAN_COUNT} />
          </Form.Item>
        </Card>
        <Card title="تحلیل عملکرد" size="small">
          <Form.Item label="موانع کلیدی در راه اجرای کامل شاخص یا ذکر دلایل" name="keyObstacles">
            <Input.TextArea rows={2} maxLength={4000} />
          </Form.Item>
          <Form.Item label="راهکارهای بهبود برای نیل به اهداف" name="improvementMeasures">
            <Input.TextArea rows={2} maxLength={4000} />
          </Form.Item>
          <Form.Item label="عملکرد دستگاه‌های همکار (در صورت وجود)" name="partnerPerformance">
            <Input.TextArea rows={2} maxLength={4000} />
          </Form.Item>
          <Form.Item name="isBaseline" valuePropName="checked" style={{ marginBottom: 8 }}>
            <Checkbox>ثبت مبنا بودن شاخص</Checkbox>
          </Form.Item>
          <Form.Item label="توضیحات" name="baselineNote" hidden={!isBaseline}>
            <Input.TextArea rows={2} maxLength={1000} aria-label="توضیحات مبنا بودن شاخص" />
          </Form.Item>
        </Card>
        <Card title="مستندات" size="small">
          <EvidenceField
            files={files}
            onAdd={(file) => {
              setFiles((current) => [...current, file]);
              setDirty(true);
            }}
            onRemove={(id) => {
              setFiles((current) => current.filter((file) => file.id !== id));
              setDirty(true);
            }}
          />
        </Card>
        {error !== null && <ErrorAlert error={error} />}
        <Flex gap="small" justify="space-between" wrap>
          <Flex gap="small">
            <Button onClick={() => go(previousId)} disabled={previousId === null || busy}>
              شاخص قبلی
            </Button>
            <Button type="primary" htmlType="submit" loading={saving.loading && !finishing.loading} disabled={busy}>
              ذخیره
            </Button>
            <Button onClick={() => go(nextId)} disabled={nextId === null || busy}>
              شاخص بعدی
            </Button>
          </Flex>
          <Popconfirm
            title="عملکرد برای ارجاع دهنده فرستاده شود؟"
            description="پس از اتمام عملیات، تا بازگشت احتمالی قابل ویرایش نیست."
            okText="بله، ارسال شود"
            cancelText="انصراف"
            onConfirm={onFinish}
          >
            <Button type="primary" danger loading={finishing.loading} disabled={busy}>
              اتمام عملیات
            </Button>
          </Popconfirm>
        </Flex>
      </Flex>
    </Form>
  );
}
