import { PROPOSAL_POINTS_CAP, proposalTargetProblem as targetProblem } from '@pishkhan/domain-rules';
import { toPersianDigits } from '@pishkhan/fa-format';
import type { OrganisationUnitType } from '../../../gql/graphql';
import { normaliseDecimal } from '../common/decimal-text';

/** Seed 002 rule 12: proposals per agency and period may not pass this many points (shared with the API). */
export { PROPOSAL_POINTS_CAP };

export interface ProposalUnit {
  id: string;
  name: string;
  level: number;
  type: OrganisationUnitType;
  province?: string | null;
}

/**
 * The agencies a provincial planning deputy may propose indicators for: provincial or regional
 * units (second level or deeper) of his own unit's province, not his planning office itself.
 */
export function proposalAgencies<T extends ProposalUnit>(units: readonly T[], myUnitId: string | null | undefined): T[] {
  const mine = units.find((unit) => unit.id === myUnitId);
  const province = mine?.province;
  if (!province) return [];
  return units.filter(
    (unit) =>
      unit.id !== mine.id && unit.level >= 2 && unit.province === province && (unit.type === 'PROVINCIAL' || unit.type === 'REGIONAL'),
  );
}

/** Why the target does not lie between its bounds, in Persian; null when it does (or is not typed yet). */
export function proposalTargetProblem(lower: string | undefined, target: string | undefined, upper: string | undefined): string | null {
  const [l, t, u] = [lower, target, upper].map((text) => normaliseDecimal(text));
  if (l === null || t === null || u === null || l === undefined || t === undefined || u === undefined) return null;
  switch (targetProblem(l, t, u)) {
    case 'BOUNDS_REVERSED':
      return 'حد پایین هدف نمی‌تواند از حد بالای آن بیشتر باشد';
    case 'TARGET_OUTSIDE_BOUNDS':
      return 'مقدار هدف باید میان حد پایین و حد بالای هدف باشد';
    case null:
      return null;
  }
}

/** The bounds of one proposal's points, as the API checks them (more than 0, at most the cap). */
export const PROPOSAL_SCORE_BOUNDS_TEXT = `بیشتر از ۰ و حداکثر ${toPersianDigits(PROPOSAL_POINTS_CAP)}`;

/**
 * Why a score cannot be proposed, in Persian, naming the bounds; null when it can. A number out of
 * range is refused as typed, never changed to the nearest bound.
 */
export function proposalScoreProblem(score: number | null | undefined): string | null {
  if (score === null || score === undefined || !Number.isFinite(score)) return 'امتیاز را وارد کنید';
  if (score <= 0 || score > PROPOSAL_POINTS_CAP) {
    return `امتیاز باید ${PROPOSAL_SCORE_BOUNDS_TEXT} باشد؛ ${toPersianDigits(String(score)).replace('.', '٫')} پذیرفته نیست`;
  }
  return null;
}
