import { useQuery } from '@apollo/client/react';
import { Alert, Button, Flex, Spin } from 'antd';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { ErrorAlert } from '../../../shared/error-alert';
import { LinkButton } from '../../../shared/link-button';
import { useMe } from '../../accounts/session/use-me';
import { personLabel } from '../common/person-name';
import { ReturnModal, type ReturnTarget } from '../common/return-modal';
import { PageTitle } from '../common/page-title';
import { ChildrenReview } from './children-review';
import { EntryForm } from './entry-form';
import { EntryView } from './entry-view';
import { FinishButton } from './finish-button';
import { ReferFurtherModal } from './refer-further-modal';
import { referralActions } from './referral-actions';
import { ReferralInfo } from './referral-info';
import { ReferralQuery } from './referral.graphql';
import { useNeighbours } from './use-neighbours';
import { PERFORMANCE_PATHS, referralPath } from '../performance-paths';

/** One referral: the indicator, the deadline, the chain below it and what its assignee may do now. */
export function ReferralPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { me } = useMe();
  const { data, loading, error } = useQuery(ReferralQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const { previous, next } = useNeighbours(id);
  const [referring, setReferring] = useState(false);
  const [returning, setReturning] = useState<ReturnTarget | null>(null);
  const referral = data?.referral;

  if (referral === undefined) {
    if (error !== undefined) return <ErrorAlert error={error} />;
    return loading ? <Spin size="large" /> : null;
  }

  const actions = referralActions(
    { ...referral, childCount: referral.children.length, candidateCount: data?.referralCandidates.length ?? 0 },
    me?.user.id ?? null,
  );
  const goTo = (target: string) => void navigate(referralPath(target));

  return (
    <Flex vertical gap="middle">
      <PageTitle
        title={referral.indicator.title}
        description={`ارجاع از ${personLabel(referral.referrer)}`}
        extra={
          <Flex gap="small">
            <LinkButton to={PERFORMANCE_PATHS.referrals}>شاخص‌های ارجاعی من</LinkButton>
            {actions.canRefer && (
              <Button type="primary" onClick={() => setReferring(true)}>
                {actions.mustSplit ? 'برش استانی و ارجاع' : 'ارجاع'}
              </Button>
            )}
          </Flex>
        }
      />
      {error !== undefined && <ErrorAlert error={error} />}
      <ReferralInfo referral={referral} />
      {actions.mustSplit && (
        <Alert
          type="warning"
          showIcon
          title={
            actions.canRefer
              ? 'برش استانی این شاخص به شما سپرده شده است؛ پیش از ثبت عملکرد، آن را میان استان‌ها برش دهید و ارجاع کنید.'
              : 'برش استانی این شاخص به شما سپرده شده است، اما زیرمجموعه‌ای ندارید که به او ارجاع دهید؛ با ارجاع دهنده تماس بگیرید.'
          }
        />
      )}
      {actions.canEnter ? (
        <EntryForm key={referral.id} referral={referral} previousId={previous} nextId={next} onNavigate={goTo} />
      ) : (
        <>
          {referral.children.length === 0 && referral.entry !== null && (
            <EntryView entry={referral.entry} unitOfMeasure={referral.indicator.unitOfMeasure} />
          )}
          <Flex gap="small">
            <Button onClick={() => previous !== null && goTo(previous)} disabled={previous === null}>
              شاخص قبلی
            </Button>
            <Button onClick={() => next !== null && goTo(next)} disabled={next === null}>
              شاخص بعدی
            </Button>
          </Flex>
        </>
      )}
      {referral.children.length > 0 && (
        <ChildrenReview
          referral={referral}
          canReturn={actions.canReturnChildren}
          onReturn={(child) =>
            setReturning({ referralId: child.id, assigneeName: personLabel(child.assignee), indicatorTitle: referral.indicator.title })
          }
        />
      )}
      {actions.canFinish && referral.children.length > 0 && (
        <Flex justify="end">
          <FinishButton referralId={referral.id} />
        </Flex>
      )}
      {referring && <ReferFurtherModal referral={referral} open={referring} onClose={() => setReferring(false)} />}
      <ReturnModal target={returning} onClose={() => setReturning(null)} refetchQueries={['Referral', 'MyReferrals']} />
    </Flex>
  );
}
