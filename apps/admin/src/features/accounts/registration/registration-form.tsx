import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Cascader, Col, Form, Input, Row, Select, type FormRule } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { dayjs } from '../../../shared/dayjs-setup';
import { ErrorAlert } from '../../../shared/error-alert';
import { errorDetails, persianErrorMessage } from '../../../shared/errors';
import { isoDate } from '../../../shared/iso-date';
import { JalaliDatePicker, keepEnterInPicker } from '../../../shared/jalali-date-picker';
import { latinDigits, mobileProblem, nationalIdProblem, normalisedNationalId, officePhoneProblem, postProblem } from '../field-checks';
import { ruleOf } from '../field-rules';
import { CaptchaField } from '../login/captcha-field';
import { useCaptcha } from '../login/use-captcha';
import { REQUESTABLE_ROLES, ROLE_NAMES } from '../role-names';
import { chosenUnitId, organisationChoiceProblem, organisationOptions } from './organisation-options';
import { fieldOfRegistrationError, fieldsOfInputPaths, type RegistrationField } from './registration-errors';
import { RegistrationOrganisationsQuery, SubmitRegistrationRequestMutation } from './registration.graphql';

type RequestableRole = (typeof REQUESTABLE_ROLES)[number];

interface RegistrationValues {
  nationalId: string;
  mobile: string;
  birthDate: Dayjs | null;
  officePhone: string;
  post: string;
  approverMobile: string;
  requestedRole: RequestableRole | undefined;
  organisation: string[] | undefined;
  captchaAnswer: string;
}

export interface RegistrationFormProps {
  onSubmitted: (trackingCode: string) => void;
}

const roleOptions = REQUESTABLE_ROLES.map((role) => ({ value: role, label: ROLE_NAMES[role] }));

const today = () => dayjs();

const organisationRule: FormRule = {
  validator: (_rule, value: string[] | undefined) => {
    const problem = organisationChoiceProblem(value);
    return problem === null ? Promise.resolve() : Promise.reject(new Error(problem));
  },
};

/** The registration request of seed 002 rule 2, checked here as the API will check it. */
export function RegistrationForm({ onSubmitted }: RegistrationFormProps) {
  const [form] = Form.useForm<RegistrationValues>();
  const captcha = useCaptcha();
  const organisations = useQuery(RegistrationOrganisationsQuery);
  const [submit, { loading }] = useMutation(SubmitRegistrationRequestMutation);
  const [error, setError] = useState<unknown>(null);
  const options = useMemo(() => organisationOptions(organisations.data?.registrationOrganisations ?? []), [organisations.data]);

  const markFields = (failure: unknown) => {
    const details = errorDetails(failure);
    const fields = new Set<RegistrationField>(fieldsOfInputPaths(details?.extensions.fields));
    const field = fieldOfRegistrationError(details?.code ?? null);
    if (field !== null && field !== 'captchaAnswer') fields.add(field);
    form.setFields([...fields].map((name) => ({ name, errors: [persianErrorMessage(failure)] })));
  };

  const onFinish = async (values: RegistrationValues) => {
    const unitId = chosenUnitId(values.organisation ?? []);
    if (captcha.captcha === null || values.birthDate === null || unitId === null || values.requestedRole === undefined) return;
    setError(null);
    try {
      const { data } = await submit({
        variables: {
          input: {
            nationalId: normalisedNationalId(values.nationalId),
            mobile: latinDigits(values.mobile),
            birthDate: isoDate(values.birthDate),
            officePhone: latinDigits(values.officePhone),
            post: values.post.trim(),
            approverMobile: latinDigits(values.approverMobile),
            requestedRole: values.requestedRole,
            organisationUnitId: unitId,
            captchaId: captcha.captcha.id,
            captchaAnswer: values.captchaAnswer.trim(),
          },
        },
      });
      if (data) onSubmitted(data.submitRegistrationRequest.trackingCode);
    } catch (failure) {
      setError(failure);
      markFields(failure);
      form.setFieldValue('captchaAnswer', '');
      captcha.refresh();
    }
  };

  return (
    <Form<RegistrationValues> form={form} name="registration" layout="vertical" onFinish={(values) => void onFinish(values)} requiredMark>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item label="کد ملی متقاضی" name="nationalId" required rules={[ruleOf(nationalIdProblem)]}>
            <Input inputMode="numeric" maxLength={32} dir="ltr" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            label="شمارهٔ همراه متقاضی"
            name="mobile"
            required
            rules={[ruleOf(mobileProblem)]}
            extra="به نام خود متقاضی (با شاهکار بررسی می‌شود)"
          >
            <Input inputMode="tel" maxLength={11} dir="ltr" placeholder="۰۹۱۲۱۲۳۴۵۶۷" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            label="تاریخ تولد متقاضی"
            name="birthDate"
            required
            rules={[{ required: true, message: 'تاریخ تولد را انتخاب کنید' }]}
            extra="به تقویم خورشیدی، مانند ۱۳۷۰/۱۱/۲۵ (با ثبت احوال بررسی می‌شود)"
          >
            <JalaliDatePicker
              format="YYYY/MM/DD"
              placeholder="۱۳۷۰/۱۱/۲۵"
              style={{ width: '100%' }}
              disabledDate={(day) => day.isAfter(today(), 'day')}
              defaultPickerValue={today().subtract(30, 'year')}
              onKeyDown={keepEnterInPicker}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label="تلفن ثابت سازمانی (با کد شهر)" name="officePhone" required rules={[ruleOf(officePhoneProblem)]}>
            <Input inputMode="tel" maxLength={16} dir="ltr" placeholder="۰۲۱-۶۱۶۱۲۳۴۵" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label="پست سازمانی متقاضی" name="post" required rules={[ruleOf(postProblem)]}>
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            label="شمارهٔ همراه تأیید کننده"
            name="approverMobile"
            required
            rules={[ruleOf(mobileProblem)]}
            extra="مسئول مستقیم ارزیابی شما در دستگاه که درخواست را تأیید می‌کند"
          >
            <Input inputMode="tel" maxLength={11} dir="ltr" placeholder="۰۹۱۲۱۲۳۴۵۶۷" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            label="نقش درخواستی"
            name="requestedRole"
            required
            rules={[{ required: true, message: 'نقش درخواستی را انتخاب کنید' }]}
          >
            <Select options={roleOptions} placeholder="انتخاب نقش" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            label="دستگاه"
            name="organisation"
            required
            rules={[organisationRule]}
            extra="نخست سطح اول (وزارتخانه)، سپس سطح دوم (ستاد یا دستگاه زیرمجموعه) یا پایین‌تر"
          >
            <Cascader
              options={options}
              changeOnSelect
              loading={organisations.loading}
              placeholder="سطح اول دستگاه، سپس سطح دوم"
              displayRender={(labels) => labels.join(' / ')}
              showSearch
              style={{ width: '100%' }}
            />
          </Form.Item>
        </Col>
      </Row>
      {organisations.error && (
        <div style={{ marginBottom: 16 }}>
          <ErrorAlert error={organisations.error} />
        </div>
      )}
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <CaptchaField state={captcha} />
        </Col>
      </Row>
      {error !== null && (
        <div style={{ marginBottom: 16 }} data-testid="registration-error">
          <ErrorAlert error={error} />
        </div>
      )}
      <Button type="primary" htmlType="submit" loading={loading} disabled={captcha.captcha === null}>
        ثبت درخواست
      </Button>
    </Form>
  );
}
