import { Flex, Tabs } from 'antd';
import { BODY_NAMES } from '../common/household-names';
import { PageTitle } from '../common/page-title';
import { ObjectionQueue } from './objection-queue';

/** «صف اعتراض‌ها»: objections to clusters, one queue per answering body (seed 001 rule 5). */
export function ObjectionsPage() {
  return (
    <Flex vertical gap="middle">
      <PageTitle title="صف اعتراض‌ها">
        اعتراض‌های خانوارها به خوشهٔ درآمدی، به ترتیب زمان ثبت؛ هر اعتراض را مرجعی پاسخ می‌دهد که به آن فرستاده شده است.
      </PageTitle>
      <Tabs
        destroyOnHidden
        items={[
          { key: 'CIVIL_REGISTRY', label: BODY_NAMES.CIVIL_REGISTRY, children: <ObjectionQueue body="CIVIL_REGISTRY" /> },
          { key: 'SUBSIDY_ORGANISATION', label: BODY_NAMES.SUBSIDY_ORGANISATION, children: <ObjectionQueue body="SUBSIDY_ORGANISATION" /> },
        ]}
      />
    </Flex>
  );
}
