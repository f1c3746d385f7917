import { Card, Col, Form, Input, Radio, Row } from 'antd';
import { nationalIdProblem } from '../../accounts/field-checks';
import { ruleOf } from '../../accounts/field-rules';

const nameProblem = (what: string) => (value: string | undefined) => {
  const name = (value ?? '').trim();
  if (name === '') return `${what} را بنویسید`;
  return name.length <= 60 ? null : `${what} حداکثر ۶۰ نویسه است`;
};

/** The newborn of a birth; his household is that of the parent named above, his birth date the event's. */
export function NewbornFields() {
  return (
    <Card size="small" title="نوزاد" style={{ marginBottom: 24 }}>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item label="کد ملی نوزاد" name={['newborn', 'nationalId']} required rules={[ruleOf(nationalIdProblem)]}>
            <Input inputMode="numeric" maxLength={32} dir="ltr" autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            label="جنسیت نوزاد"
            name={['newborn', 'gender']}
            required
            rules={[{ required: true, message: 'جنسیت نوزاد را انتخاب کنید' }]}
          >
            <Radio.Group
              options={[
                { value: 'F', label: 'دختر' },
                { value: 'M', label: 'پسر' },
              ]}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label="نام نوزاد" name={['newborn', 'firstName']} required rules={[ruleOf(nameProblem('نام نوزاد'))]}>
            <Input maxLength={60} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label="نام خانوادگی نوزاد" name={['newborn', 'lastName']} required rules={[ruleOf(nameProblem('نام خانوادگی نوزاد'))]}>
            <Input maxLength={60} />
          </Form.Item>
        </Col>
      </Row>
    </Card>
  );
}
