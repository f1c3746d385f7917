import { useQuery } from '@apollo/client/react';
import { Flex } from 'antd';
import { useState } from 'react';
import { ErrorAlert } from '../../../shared/error-alert';
import { useMe } from '../../accounts/session/use-me';
import { PageTitle } from '../common/page-title';
import { PeriodSelect } from '../common/period-select';
import { usePeriod } from '../common/use-period';
import { CartableIndicators, type CartableIndicator } from './cartable-indicators';
import { CartableUnitsQuery } from './cartable.graphql';
import { CartableUnits } from './cartable-units';
import { ReferIndicatorModal } from './refer-indicator-modal';

/** «کارپوشه» of the lead evaluator (seed 002 rule 4): the units, their indicators, and referring them. */
export function CartablePage() {
  const { me } = useMe();
  const choice = usePeriod();
  const period = choice.period;
  const units = useQuery(CartableUnitsQuery, {
    variables: { periodId: period?.id ?? '' },
    skip: period === null,
    fetchPolicy: 'cache-and-network',
  });
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [referring, setReferring] = useState<CartableIndicator | null>(null);
  const list = units.data?.cartableUnits ?? [];
  const selected =
    list.find((row) => row.unit.id === chosenId) ??
    list.find((row) => row.unit.id === me?.activeRole.organisationUnit.id) ??
    list[0] ??
    null;

  return (
    <Flex vertical gap="middle">
      <PageTitle
        title="کارپوشه"
        description="ارجاعات دستگاه شما و واحدهای زیرمجموعه. با کلیک بر روی هر واحد، شاخص‌های آن نمایش داده می‌شود و می‌توانید آن‌ها را ارجاع دهید."
      />
      <PeriodSelect choice={choice} />
      {units.error !== undefined && <ErrorAlert error={units.error} />}
      <CartableUnits units={list} loading={units.loading} selectedId={selected?.unit.id ?? null} onSelect={setChosenId} />
      {period !== null && selected !== null && (
        <CartableIndicators
          key={`${period.id}:${selected.unit.id}`}
          periodId={period.id}
          unit={selected.unit}
          canRefer={period.status === 'OPEN'}
          onRefer={setReferring}
        />
      )}
      {period !== null && <ReferIndicatorModal indicator={referring} periodEnd={period.endDate} onClose={() => setReferring(null)} />}
    </Flex>
  );
}
