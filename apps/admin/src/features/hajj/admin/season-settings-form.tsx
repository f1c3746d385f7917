import { useMutation } from '@apollo/client/react';
import { App, Col, Divider, Form, Input, InputNumber, Row, Select } from 'antd';
import type { FormRule } from 'antd';
import type { Dayjs } from 'dayjs';
import type { HajjInterestFormula } from '../../../gql/graphql';
import { dayjs } from '../../../shared/dayjs-setup';
import { FormModal } from '../../../shared/form-modal';
import { isoDate } from '../../../shared/iso-date';
import { JalaliDatePicker, keepEnterInPicker } from '../../../shared/jalali-date-picker';
import { latinNumberText, persianNumberText } from '../../../shared/persian-number';
import { ruleOf } from '../../accounts/field-rules';
import { HajjUpdateSeasonMutation } from '../hajj.graphql';
import {
  handOverProblem,
  interestPercentProblem,
  rialsProblem,
  SEASON_NUMBER_BOUNDS,
  seasonNumberProblem,
  seasonSettingsFields,
  seasonSettingsInput,
  seasonTitleProblem,
  type HajjSeasonRow,
  type SeasonNumberField,
} from './season-settings-input';

interface SeasonSettingsValues {
  title: string;
  eligibleDepositUntil: Dayjs | null;
  onlineSharePercent: number | null;
  inviteNextAfterDays: number | null;
  holdMinutes: number | null;
  paymentDays: number | null;
  doctorVisitDays: number | null;
  passportValidUntil: Dayjs | null;
  passportHandOverBy: Dayjs | null;
  depositRials: string;
  subsidyRials: string;
  interestRatePercent: number | null;
  interestFormula: HajjInterestFormula;
  interestUntil: Dayjs | null;
}

export interface SeasonSettingsModalProps {
  /** The season being edited; null when the dialog is closed. */
  season: HajjSeasonRow | null;
  onSaved: () => void;
  onCancel: () => void;
}

const pickerValue = (iso: string | null) => (iso === null ? null : dayjs(`${iso}T12:00:00`));
const isoOf = (day: Dayjs | null | undefined) => (day ? isoDate(day) : null);

const INTEREST_FORMULAS: ReadonlyArray<{ value: HajjInterestFormula; label: string }> = [
  { value: 'SIMPLE', label: 'ساده' },
  { value: 'COMPOUND_ANNUAL', label: 'مرکب سالانه' },
];

/** «ویرایش تنظیمات فصل»: the settings of a season the Hajj organisation sets (seed 004 rules 1, 3–4, 8–9, 11, 13). */
export function SeasonSettingsModal(props: SeasonSettingsModalProps) {
  // A fresh form for every record it opens on (and every opening): never the values of the previous one.
  return <SeasonSettingsDialog key={props.season?.id ?? 'closed'} {...props} />;
}

function initialValues(season: HajjSeasonRow): SeasonSettingsValues {
  const fields = seasonSettingsFields(season);
  return {
    ...fields,
    eligibleDepositUntil: pickerValue(fields.eligibleDepositUntil),
    passportValidUntil: pickerValue(fields.passportValidUntil),
    passportHandOverBy: pickerValue(fields.passportHandOverBy),
    interestUntil: pickerValue(fields.interestUntil),
  };
}

const numberRule = (field: SeasonNumberField): FormRule => ({
  validator: (_rule, value: number | null | undefined) => {
    const problem = seasonNumberProblem(field, value);
    return problem === null ? Promise.resolve() : Promise.reject(new Error(problem));
  },
});

const requiredDay = (message: string): FormRule => ({ required: true, message });

function SeasonSettingsDialog({ season, onSaved, onCancel }: SeasonSettingsModalProps) {
  const { message } = App.useApp();
  const [form] = Form.useForm<SeasonSettingsValues>();
  const [update, { loading, error, reset }] = useMutation(HajjUpdateSeasonMutation);

  const onFinish = (values: SeasonSettingsValues) => {
    if (season === null) return;
    const input = seasonSettingsInput({
      ...values,
      eligibleDepositUntil: isoOf(values.eligibleDepositUntil),
      passportValidUntil: isoOf(values.passportValidUntil),
      passportHandOverBy: isoOf(values.passportHandOverBy),
      interestUntil: isoOf(values.interestUntil),
    });
    update({ variables: { id: season.id, input } })
      .then(() => {
        message.success('تنظیمات فصل ذخیره شد');
        onSaved();
      })
      .catch(() => undefined);
  };

  const numberField = (field: SeasonNumberField, unit: string) => (
    <Col xs={24} md={12} key={field}>
      <Form.Item label={SEASON_NUMBER_BOUNDS[field].label} name={field} required rules={[numberRule(field)]}>
        {/* No min and max: antd would silently change an out-of-range number; the rule refuses it, naming the bounds. */}
        <InputNumber precision={0} style={{ width: '100%' }} formatter={persianNumberText} parser={latinNumberText} suffix={unit} />
      </Form.Item>
    </Col>
  );

  return (
    <FormModal
      item={season}
      title={() => 'ویرایش تنظیمات فصل'}
      width={760}
      form={form}
      name="hajj-season-settings"
      initialValues={initialValues}
      onFinish={onFinish}
      loading={loading}
      error={error}
      onCancel={onCancel}
      afterClose={reset}
    >
      {() => (
        <>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item label="عنوان فصل" name="title" required rules={[ruleOf(seasonTitleProblem)]}>
                <Input maxLength={200} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                label="مهلت ودیعه‌گذاری مشمول"
                name="eligibleDepositUntil"
                required
                rules={[requiredDay('مهلت ودیعه‌گذاری مشمول را انتخاب کنید')]}
                extra="قبوض ده میلیون ریالی تا این روز مشمول‌اند"
              >
                <JalaliDatePicker format="YYYY/MM/DD" style={{ width: '100%' }} onKeyDown={keepEnterInPicker} />
              </Form.Item>
            </Col>
          </Row>
          <Divider titlePlacement="start" plain>
            ثبت‌نام و مهلت‌ها
          </Divider>
          <Row gutter={16}>
            {numberField('onlineSharePercent', 'درصد')}
            {numberField('inviteNextAfterDays', 'روز')}
            {numberField('holdMinutes', 'دقیقه')}
            {numberField('paymentDays', 'روز')}
            {numberField('doctorVisitDays', 'روز')}
          </Row>
          <Divider titlePlacement="start" plain>
            گذرنامه
          </Divider>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item
                label="اعتبار گذرنامه تا"
                name="passportValidUntil"
                required
                rules={[requiredDay('تاریخ اعتبار گذرنامه را انتخاب کنید')]}
              >
                <JalaliDatePicker format="YYYY/MM/DD" style={{ width: '100%' }} onKeyDown={keepEnterInPicker} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                label="مهلت تحویل گذرنامه به مدیر کاروان"
                name="passportHandOverBy"
                required
                dependencies={['passportValidUntil']}
                rules={[
                  requiredDay('مهلت تحویل گذرنامه را انتخاب کنید'),
                  ({ getFieldValue }) => ({
                    validator: (_rule, value: Dayjs | null | undefined) => {
                      const problem = handOverProblem(isoOf(value), isoOf(getFieldValue('passportValidUntil') as Dayjs | null | undefined));
                      return problem === null ? Promise.resolve() : Promise.reject(new Error(problem));
                    },
                  }),
                ]}
              >
                <JalaliDatePicker format="YYYY/MM/DD" style={{ width: '100%' }} onKeyDown={keepEnterInPicker} />
              </Form.Item>
            </Col>
          </Row>
          <Divider titlePlacement="start" plain>
            مبالغ و سود
          </Divider>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <Form.Item
                label="مبلغ ودیعه (ریال)"
                name="depositRials"
                required
                rules={[ruleOf((value) => rialsProblem(value, 'مبلغ ودیعه'))]}
              >
                <Input dir="ltr" maxLength={20} />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                label="مبلغ یارانه (ریال)"
                name="subsidyRials"
                required
                rules={[ruleOf((value) => rialsProblem(value, 'مبلغ یارانه'))]}
              >
                <Input dir="ltr" maxLength={20} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item
                label="نرخ سود سالانه"
                name="interestRatePercent"
                required
                rules={[
                  {
                    validator: (_rule, value: number | null | undefined) => {
                      const problem = interestPercentProblem(value);
                      return problem === null ? Promise.resolve() : Promise.reject(new Error(problem));
                    },
                  },
                ]}
              >
                <InputNumber style={{ width: '100%' }} formatter={persianNumberText} parser={latinNumberText} suffix="درصد" />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item label="روش محاسبهٔ سود" name="interestFormula" required>
                <Select options={[...INTEREST_FORMULAS]} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item label="محاسبهٔ سود تا" name="interestUntil" extra="خالی: تا روز تبدیل">
                <JalaliDatePicker format="YYYY/MM/DD" style={{ width: '100%' }} onKeyDown={keepEnterInPicker} />
              </Form.Item>
            </Col>
          </Row>
        </>
      )}
    </FormModal>
  );
}
