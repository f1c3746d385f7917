import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { EvaluationPeriodsQuery } from '../common/periods.graphql';
import type { ProposalLookups } from './proposal-columns';
import { ProposalUnitsQuery } from './proposals.graphql';

/** Names of the periods and units a proposal names by id (the API gives ids only). */
export function useProposalLookups(): ProposalLookups & { units: ReturnType<typeof useUnits> } {
  const periods = useQuery(EvaluationPeriodsQuery);
  const units = useUnits();
  return useMemo(() => {
    const periodTitles = new Map((periods.data?.evaluationPeriods ?? []).map((p) => [p.id, p.title]));
    const unitsById = new Map(units.map((u) => [u.id, u]));
    return {
      periodTitle: (id: string) => periodTitles.get(id) ?? '—',
      unit: (id: string) => unitsById.get(id),
      units,
    };
  }, [periods.data, units]);
}

function useUnits() {
  const { data } = useQuery(ProposalUnitsQuery);
  return data?.registrationOrganisations ?? [];
}
