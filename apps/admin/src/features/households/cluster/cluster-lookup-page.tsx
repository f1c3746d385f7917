import { useApolloClient, useQuery } from '@apollo/client/react';
import { Button, Card, Flex, Form, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import type { HouseholdProofInput } from '../../../gql/graphql';
import { ErrorAlert } from '../../../shared/error-alert';
import { errorCode } from '../../../shared/errors';
import { CaptchaField } from '../../accounts/login/captcha-field';
import { useCaptcha } from '../../accounts/login/use-captcha';
import { useMe } from '../../accounts/session/use-me';
import { HOUSEHOLD_PATHS } from '../common/households-paths';
import { ASSISTED_CHANNEL_ROLE } from '../common/households-permissions';
import { PageTitle } from '../common/page-title';
import { HouseholdClusterQuery, SmsSimulatorProbeQuery } from './cluster.graphql';
import { ClusterResult } from './cluster-result';
import { householdProof, type ProofValues } from './household-proof';
import { ProofFields } from './proof-fields';

interface Outcome {
  proof: HouseholdProofInput;
  incomeCluster: number;
  householdSize: number;
}

/**
 * «استعلام خوشه درآمدی» (seed 000 rules 1–3, 6, 7): public; the head of household, or an
 * assisted-channel operator for him with the office's code, learns the cluster inside the
 * household's window, then confirms the household's information or objects to the cluster.
 */
export function ClusterLookupPage() {
  const [form] = Form.useForm<ProofValues>();
  const { me } = useMe();
  const assisted = me?.activeRole.role === ASSISTED_CHANNEL_ROLE;
  const client = useApolloClient();
  const [loading, setLoading] = useState(false);
  // The development SMS simulator exists only with the embedded SMS gateway.
  const simulator = useQuery(SmsSimulatorProbeQuery, { fetchPolicy: 'network-only' });
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [error, setError] = useState<unknown>(null);
  // After repeated failed tries the API asks for a captcha (CAPTCHA_REQUIRED); from then on the form shows one.
  const [captchaAsked, setCaptchaAsked] = useState(false);
  const captcha = useCaptcha(captchaAsked);

  const onFinish = (values: ProofValues) => {
    const proof = householdProof(values, assisted);
    const solved =
      captchaAsked && captcha.captcha !== null ? { captchaId: captcha.captcha.id, captchaAnswer: (values.captchaAnswer ?? '').trim() } : {};
    setOutcome(null);
    setError(null);
    setLoading(true);
    const { headNationalId, trackingCode, memberCount } = proof;
    // Every lookup goes to the server: its windows, limits and refusals decide, never a cached answer.
    client
      .query({
        query: HouseholdClusterQuery,
        variables: { headNationalId, trackingCode, memberCount, ...solved },
        fetchPolicy: 'network-only',
      })
      .then(({ data }) => {
        if (data)
          setOutcome({ proof, incomeCluster: data.householdCluster.incomeCluster, householdSize: data.householdCluster.householdSize });
      })
      .catch((failure: unknown) => {
        setError(failure);
        if (errorCode(failure) === 'CAPTCHA_REQUIRED') setCaptchaAsked(true);
      })
      .finally(() => {
        setLoading(false);
        // A captcha answers one try only.
        if (captchaAsked) {
          form.setFieldValue('captchaAnswer', '');
          captcha.refresh();
        }
      });
  };

  return (
    <Flex vertical gap="large" style={{ maxWidth: 760 }}>
      <PageTitle title="استعلام خوشه درآمدی">
        سرپرست خانوار با کد ملی خود، کد رهگیری خانوار و تعداد اعضای خانوار، خوشهٔ درآمدی خانوار را در بازهٔ زمانی ویژهٔ خانوار می‌بیند و
        می‌تواند اطلاعات خانوار را تأیید کند یا به خوشه اعتراض کند.
      </PageTitle>
      {assisted && (
        <Typography.Paragraph style={{ margin: 0 }}>این درخواست از طرف متقاضی و با کد دفتر شما ثبت می‌شود.</Typography.Paragraph>
      )}
      <Card>
        <Form<ProofValues>
          form={form}
          name="cluster-lookup"
          layout="vertical"
          onFinish={onFinish}
          // An answer is for the household that was sent: typing another one clears it (the captcha's answer aside).
          onValuesChange={(changed: Partial<ProofValues>) => {
            if (Object.keys(changed).some((key) => key !== 'captchaAnswer')) {
              setOutcome(null);
              setError(null);
            }
          }}
          requiredMark
        >
          <ProofFields assisted={assisted} />
          {captchaAsked && <CaptchaField state={captcha} />}
          <Button type="primary" htmlType="submit" loading={loading} disabled={captchaAsked && captcha.captcha === null}>
            استعلام
          </Button>
        </Form>
      </Card>
      <div aria-live="polite" data-testid="cluster-outcome">
        {error !== null && <ErrorAlert error={error} />}
        {outcome !== null && <ClusterResult key={JSON.stringify(outcome.proof)} {...outcome} />}
      </div>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        کد رهگیری را گم کرده‌اید؟ کد ملی سرپرست خانوار را به شمارهٔ ۳۰۰۰۰۰ پیامک کنید تا تنها شمارهٔ خوشهٔ خانوار برایتان فرستاده شود.
        {simulator.data !== undefined && (
          <>
            {' '}
            <Link to={HOUSEHOLD_PATHS.smsSimulator}>شبیه‌ساز پیامک (محیط آزمایشی)</Link>
          </>
        )}
      </Typography.Paragraph>
    </Flex>
  );
}
