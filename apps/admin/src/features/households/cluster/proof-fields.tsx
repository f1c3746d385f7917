import { Col, Form, Input, Row } from 'antd';
import { nationalIdProblem } from '../../accounts/field-checks';
import { ruleOf } from '../../accounts/field-rules';
import { memberCountProblem, officeCodeProblem, trackingCodeProblem } from '../common/household-fields';

export interface ProofFieldsProps {
  /** An assisted-channel operator records his office's code too. */
  assisted: boolean;
}

/** The head's national ID, the tracking code, the number of members (and the office's code). */
export function ProofFields({ assisted }: ProofFieldsProps) {
  return (
    <Row gutter={16}>
      <Col xs={24} md={12}>
        <Form.Item label="کد ملی سرپرست خانوار" name="headNationalId" required rules={[ruleOf(nationalIdProblem)]}>
          <Input inputMode="numeric" maxLength={32} dir="ltr" autoComplete="off" placeholder="۰۰۱۲۳۴۵۶۷۸" />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          label="کد رهگیری"
          name="trackingCode"
          required
          rules={[ruleOf(trackingCodeProblem)]}
          extra="کد ۱۴ رقمی که هنگام ثبت‌نام خانوار داده شد"
        >
          <Input inputMode="numeric" maxLength={40} dir="ltr" autoComplete="off" />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item label="تعداد اعضای خانوار" name="memberCount" required rules={[ruleOf(memberCountProblem)]}>
          <Input inputMode="numeric" maxLength={4} dir="ltr" autoComplete="off" />
        </Form.Item>
      </Col>
      {assisted && (
        <Col xs={24} md={12}>
          <Form.Item
            label="کد دفتر"
            name="officeCode"
            required
            rules={[ruleOf(officeCodeProblem)]}
            extra="کد دفتر پست یا دفتر فاوای روستایی که متصدی آن هستید"
          >
            <Input maxLength={20} dir="ltr" autoComplete="off" />
          </Form.Item>
        </Col>
      )}
    </Row>
  );
}
