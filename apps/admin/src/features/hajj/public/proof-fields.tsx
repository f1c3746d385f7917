import { Col, Form, Input, Row } from 'antd';
import type { Dayjs } from 'dayjs';
import { isoDate } from '../../../shared/iso-date';
import { JalaliDatePicker, keepEnterInPicker } from '../../../shared/jalali-date-picker';
import { nationalIdProblem } from '../../accounts/field-checks';
import { ruleOf } from '../../accounts/field-rules';

/** What the holder types to prove the receipt is his. */
export interface ProofValues {
  nationalId: string;
  receiptNumber: string;
  birthDate: Dayjs | null;
  captchaAnswer: string;
}

const receiptNumberProblem = (value: string | undefined) =>
  (value ?? '').trim() === '' ? 'شماره قبض را بنویسید' : (value ?? '').trim().length > 30 ? 'شماره قبض بیش از حد بلند است' : null;

/** The proof as the API takes it (birth date as an ISO date). */
export function proofOf(values: ProofValues): { nationalId: string; receiptNumber: string; birthDate: string } {
  return {
    nationalId: values.nationalId.trim(),
    receiptNumber: values.receiptNumber.trim(),
    birthDate: values.birthDate ? isoDate(values.birthDate) : '',
  };
}

/** National ID, receipt number and birth date (Jalali picker). */
export function ProofFields() {
  return (
    <Row gutter={16}>
      <Col xs={24} md={8}>
        <Form.Item label="کد ملی" name="nationalId" required rules={[ruleOf(nationalIdProblem)]}>
          <Input inputMode="numeric" maxLength={20} dir="ltr" autoComplete="off" />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item label="شماره قبض ودیعه‌گذاری" name="receiptNumber" required rules={[ruleOf(receiptNumberProblem)]}>
          <Input maxLength={30} dir="ltr" autoComplete="off" />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item label="تاریخ تولد" name="birthDate" required rules={[{ required: true, message: 'تاریخ تولد را برگزینید' }]}>
          <JalaliDatePicker format="YYYY/MM/DD" style={{ width: '100%' }} onKeyDown={keepEnterInPicker} placeholder="۱۳۴۰/۰۱/۰۱" />
        </Form.Item>
      </Col>
    </Row>
  );
}
