import { useMutation } from '@apollo/client/react';
import { toPersianDigits } from '@pishkhan/fa-format';
import { App, Col, Form, Input, InputNumber, Modal, Row, Select, type FormRule } from 'antd';
import type { ComparisonType } from '../../../gql/graphql';
import { ErrorAlert } from '../../../shared/error-alert';
import { normaliseDecimal } from '../common/decimal-text';
import { COMPARISON_NAMES } from '../common/status-names';
import { latinNumberText, persianNumberText } from '../../../shared/persian-number';
import { PROPOSAL_POINTS_CAP, proposalScoreProblem, proposalTargetProblem } from './proposal-rules';
import { ProposeIndicatorMutation } from './proposals.graphql';

interface ProposalValues {
  organisationUnitId?: string;
  title: string;
  unitOfMeasure: string;
  nature?: string;
  calculationMethod: string;
  comparisonType: ComparisonType;
  targetLower: string;
  targetUpper: string;
  target: string;
  score: number | null;
}

export interface ProposalFormProps {
  open: boolean;
  period: { id: string; title: string } | null;
  agencies: ReadonlyArray<{ id: string; name: string }>;
  onClose: () => void;
}

const decimalRule: FormRule = {
  validator: (_rule, value: string | undefined) =>
    normaliseDecimal(value) === null ? Promise.reject(new Error('عدد وارد کنید (حداکثر ۴ رقم اعشار)')) : Promise.resolve(),
};

const lengthRule = (min: number, max: number, what: string): FormRule => ({
  validator: (_rule, value: string | undefined) => {
    const length = (value ?? '').trim().length;
    return length >= min && length <= max
      ? Promise.resolve()
      : Promise.reject(new Error(`${what} را بنویسید (${toPersianDigits(min)} تا ${toPersianDigits(max)} نویسه)`));
  },
});

const comparisonOptions = (Object.keys(COMPARISON_NAMES) as ComparisonType[]).map((value) => ({ value, label: COMPARISON_NAMES[value] }));

/** «پیشنهاد شاخص» (seed 002 rule 12): an indicator for a provincial agency, with its score and target bounds. */
export function ProposalForm(props: ProposalFormProps) {
  // A fresh form for every record it opens on (and every opening): never the values of the previous one.
  return <ProposalDialog key={props.open ? 'open' : 'closed'} {...props} />;
}

function ProposalDialog({ open, period, agencies, onClose }: ProposalFormProps) {
  const { message } = App.useApp();
  const [form] = Form.useForm<ProposalValues>();
  const [propose, { loading, error, reset }] = useMutation(ProposeIndicatorMutation, {
    refetchQueries: ['MyIndicatorProposals'],
    awaitRefetchQueries: true,
  });

  const close = () => {
    reset();
    onClose();
  };

  const submit = (values: ProposalValues) => {
    if (period === null || values.organisationUnitId === undefined || values.score === null) return;
    propose({
      variables: {
        input: {
          periodId: period.id,
          organisationUnitId: values.organisationUnitId,
          title: values.title.trim(),
          unitOfMeasure: values.unitOfMeasure.trim(),
          nature: values.nature?.trim() ? values.nature.trim() : null,
          calculationMethod: values.calculationMethod.trim(),
          comparisonType: values.comparisonType,
          targetLower: normaliseDecimal(values.targetLower) ?? values.targetLower,
          targetUpper: normaliseDecimal(values.targetUpper) ?? values.targetUpper,
          target: normaliseDecimal(values.target) ?? values.target,
          score: values.score,
        },
      },
    })
      .then(() => {
        message.success(`پیشنهاد «${values.title.trim()}» برای بررسی راهبر ارشد ثبت شد`);
        form.resetFields();
        close();
      })
      .catch(() => undefined);
  };

  const boundsRule: FormRule = ({ getFieldValue }) => ({
    validator: () => {
      const problem = proposalTargetProblem(
        getFieldValue('targetLower') as string,
        getFieldValue('target') as string,
        getFieldValue('targetUpper') as string,
      );
      return problem === null ? Promise.resolve() : Promise.reject(new Error(problem));
    },
  });

  return (
    <Modal
      open={open}
      title={`پیشنهاد شاخص${period ? ` — ${period.title}` : ''}`}
      okText="ثبت پیشنهاد"
      cancelText="انصراف"
      okButtonProps={{ loading }}
      onOk={() => form.submit()}
      onCancel={close}
      width={820}
    >
      <Form<ProposalValues>
        form={form}
        name="propose-indicator"
        layout="vertical"
        onFinish={submit}
        initialValues={{ comparisonType: 'HIGHER_IS_BETTER', score: null }}
        requiredMark
      >
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              label="دستگاه"
              name="organisationUnitId"
              required
              rules={[{ required: true, message: 'دستگاه را انتخاب کنید' }]}
              extra="دستگاه‌های استانی و منطقه‌ای استان شما"
            >
              <Select
                aria-label="دستگاه"
                options={agencies.map((unit) => ({ value: unit.id, label: unit.name }))}
                placeholder="انتخاب دستگاه"
                notFoundContent="دستگاهی نیست"
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label="عنوان شاخص" name="title" required rules={[lengthRule(3, 300, 'عنوان شاخص')]}>
              <Input maxLength={300} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item label="واحد سنجش" name="unitOfMeasure" required rules={[lengthRule(1, 60, 'واحد سنجش')]}>
              <Input maxLength={60} placeholder="تعداد، درصد، …" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item label="ماهیت" name="nature">
              <Input maxLength={100} placeholder="کمی" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item label="نوع مقایسه" name="comparisonType" required>
              <Select aria-label="نوع مقایسه" options={comparisonOptions} />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item label="نحوه محاسبه" name="calculationMethod" required rules={[lengthRule(3, 2000, 'نحوه محاسبه')]}>
              <Input.TextArea rows={2} maxLength={2000} />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item label="حد پایین هدف" name="targetLower" required rules={[decimalRule]} dependencies={['target', 'targetUpper']}>
              <Input dir="ltr" inputMode="decimal" />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item label="حد بالا هدف" name="targetUpper" required rules={[decimalRule]} dependencies={['target', 'targetLower']}>
              <Input dir="ltr" inputMode="decimal" />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item
              label="مقدار هدف"
              name="target"
              required
              rules={[decimalRule, boundsRule]}
              dependencies={['targetLower', 'targetUpper']}
            >
              <Input dir="ltr" inputMode="decimal" />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item
              label="امتیاز"
              name="score"
              required
              rules={[
                {
                  validator: (_rule, value: number | null) => {
                    const problem = proposalScoreProblem(value);
                    return problem === null ? Promise.resolve() : Promise.reject(new Error(problem));
                  },
                },
              ]}
              extra={`جمع امتیاز پیشنهادهای هر دستگاه در هر دوره نمی‌تواند از ${toPersianDigits(PROPOSAL_POINTS_CAP)} امتیاز بگذرد`}
            >
              {/* No min and max here: antd would change 160 to 150 on blur. The rule refuses it, naming the bounds. */}
              <InputNumber step={1} style={{ width: '100%' }} formatter={persianNumberText} parser={latinNumberText} aria-label="امتیاز" />
            </Form.Item>
          </Col>
        </Row>
      </Form>
      {error !== undefined && <ErrorAlert error={error} />}
    </Modal>
  );
}
