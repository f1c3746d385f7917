import { useQuery } from '@apollo/client/react';
import { toPersianDigits } from '@pishkhan/fa-format';
import { checkNationalId } from '@pishkhan/national-id';
import { Typography } from 'antd';
import { RELATION_NAMES } from '../common/household-names';
import { HouseholdStructureQuery } from '../search/household.graphql';

export interface PersonPreviewProps {
  /** As typed; nothing is shown until it is a valid national ID. */
  nationalId: string | undefined;
}

/** Who a typed national ID is in the household registry, so the operator sees whom the event is about. */
export function PersonPreview({ nationalId }: PersonPreviewProps) {
  const checked = checkNationalId(nationalId ?? '');
  const id = checked.valid ? checked.normalized : '';
  const { data, loading } = useQuery(HouseholdStructureQuery, {
    variables: { nationalId: id },
    skip: id === '',
    fetchPolicy: 'network-only',
  });
  if (id === '' || loading || data === undefined) return null;
  const household = data.householdStructure;
  const person = household?.members.find((member) => member.nationalId === id);
  if (!household || !person) return <Typography.Text type="warning">این کد ملی در هیچ خانوار فعالی نیست</Typography.Text>;
  return (
    <Typography.Text type="secondary" data-testid="person-preview">
      {person.firstName} {person.lastName}، {RELATION_NAMES[person.relation]} خانوار {toPersianDigits(household.members.length)} نفره
    </Typography.Text>
  );
}
