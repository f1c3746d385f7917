import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { HajjSeasonNoticeQuery } from '../hajj.graphql';

/** The active season's provinces (from its public notice) and the one chosen in the address (`?province=`). */
export function useProvince() {
  const notice = useQuery(HajjSeasonNoticeQuery, { fetchPolicy: 'cache-first' });
  const [params, setParams] = useSearchParams();
  const province = params.get('province');
  const provinces = useMemo(
    () =>
      (notice.data?.hajjSeasonNotice?.groups ?? []).flatMap((group) =>
        group.provinces.map((p) => ({ province: p.province, group: group.name, admissionOpensAt: group.admissionOpensAt })),
      ),
    [notice.data],
  );
  const setProvince = (value: string) => {
    const next = new URLSearchParams(params);
    next.set('province', value);
    next.delete('caravan');
    setParams(next, { replace: true });
  };
  return { notice, provinces, province, chosen: provinces.find((p) => p.province === province) ?? null, setProvince, params, setParams };
}
