import { useQuery } from '@apollo/client/react';
import { formatJalaliDateTime, toPersianDigits } from '@pishkhan/fa-format';
import { Alert, Button, Card, Descriptions, Empty, Flex, Form, Input, Spin } from 'antd';
import { useEffect } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../shared/error-alert';
import { nationalIdProblem, normalisedNationalId } from '../../accounts/field-checks';
import { ruleOf } from '../../accounts/field-rules';
import { EVENT_NAMES } from '../common/household-names';
import { householdPageState } from '../common/household-page-state';
import { householdPath } from '../common/households-paths';
import { PageTitle } from '../common/page-title';
import { HouseholdStructureQuery } from './household.graphql';
import { HouseholdTimeline } from './household-timeline';
import { MembersTable } from './members-table';

interface SearchValues {
  nationalId: string;
}

/** «جستجوی خانوار»: the household a person belongs to now, by any member's national ID, and its timeline. */
export function HouseholdSearchPage() {
  const [form] = Form.useForm<SearchValues>();
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const registered = householdPageState(location.state)?.registered ?? null;
  const nationalId = params.get('nationalId') ?? '';
  const { data, loading, error } = useQuery(HouseholdStructureQuery, {
    variables: { nationalId },
    skip: nationalId === '',
    fetchPolicy: 'network-only',
  });

  useEffect(() => form.setFieldsValue({ nationalId: toPersianDigits(nationalId) }), [form, nationalId]);

  const household = data?.householdStructure;
  const head = household?.members.find((member) => member.nationalId === household.head.nationalId);

  return (
    <Flex vertical gap="large">
      <PageTitle title="جستجوی خانوار">خانوار کنونی یک شخص را با کد ملی هر یک از اعضای آن بیابید.</PageTitle>
      {registered !== null && (
        <Alert
          type="success"
          showIcon
          data-testid="event-registered"
          title={`رویداد ${EVENT_NAMES[registered.type]} ثبت شد؛ خانوار پس از آن در زیر آمده است`}
          description={
            registered.others.length > 0 && (
              <Flex gap="small" wrap>
                خانوار دیگری که این رویداد در آن اثر داشت:
                {registered.others.map((other) => (
                  <Link key={other} to={householdPath(other)}>
                    خانوار {toPersianDigits(other)}
                  </Link>
                ))}
              </Flex>
            )
          }
        />
      )}
      <Card>
        <Form<SearchValues>
          form={form}
          name="household-search"
          layout="inline"
          onFinish={(values) => setParams({ nationalId: normalisedNationalId(values.nationalId) })}
        >
          <Form.Item label="کد ملی یکی از اعضا" name="nationalId" rules={[ruleOf(nationalIdProblem)]}>
            <Input inputMode="numeric" maxLength={32} dir="ltr" autoComplete="off" style={{ width: 220 }} />
          </Form.Item>
          <Form.Item>
            <Button type="primary" htmlType="submit" loading={loading}>
              جستجو
            </Button>
          </Form.Item>
        </Form>
      </Card>
      {loading && <Spin />}
      {error !== undefined && <ErrorAlert error={error} />}
      {data !== undefined && household === null && <Empty description="این کد ملی در هیچ خانوار فعالی ثبت نشده است" />}
      {household && (
        <>
          <Card title="اعضای خانوار" data-testid="household-card">
            <Flex vertical gap="middle">
              <Descriptions
                size="small"
                column={{ xs: 1, md: 3 }}
                items={[
                  {
                    key: 'head',
                    label: 'سرپرست خانوار',
                    children: (
                      <span data-testid="household-head">
                        {head ? `${head.firstName} ${head.lastName}` : toPersianDigits(household.head.nationalId)}
                      </span>
                    ),
                  },
                  { key: 'size', label: 'تعداد اعضا', children: toPersianDigits(household.members.length) },
                  {
                    key: 'changed',
                    label: 'آخرین تغییر',
                    children: household.lastChangedAt ? formatJalaliDateTime(household.lastChangedAt) : 'بدون تغییر',
                  },
                ]}
              />
              <MembersTable members={household.members} headNationalId={household.head.nationalId} />
            </Flex>
          </Card>
          <Card title="رویدادهای خانوار">
            <HouseholdTimeline householdId={household.id} />
          </Card>
        </>
      )}
    </Flex>
  );
}
