import { useMutation } from '@apollo/client/react';
import { toPersianDigits } from '@pishkhan/fa-format';
import { App, Modal } from 'antd';
import type { ReferInput } from '../../../gql/graphql';
import { ReferForm } from '../refer/refer-form';
import { ReferIndicatorMutation } from '../refer/refer.graphql';
import type { CartableIndicator } from './cartable-indicators';

export interface ReferIndicatorModalProps {
  /** The indicator being referred; null when closed. */
  indicator: CartableIndicator | null;
  /** The period's end: the latest deadline the lead evaluator may give. */
  periodEnd: string;
  onClose: () => void;
}

/** The lead evaluator's «ارجاع» of an indicator of his agency. */
export function ReferIndicatorModal(props: ReferIndicatorModalProps) {
  // A fresh form for every record it opens on (and every opening): never the values of the previous one.
  return <ReferIndicatorDialog key={props.indicator?.id ?? 'closed'} {...props} />;
}

function ReferIndicatorDialog({ indicator, periodEnd, onClose }: ReferIndicatorModalProps) {
  const { message } = App.useApp();
  const [refer, { loading, error, reset }] = useMutation(ReferIndicatorMutation, {
    refetchQueries: ['CartableIndicators', 'CartableUnits'],
    awaitRefetchQueries: true,
  });

  const close = () => {
    reset();
    onClose();
  };

  const submit = (input: ReferInput) => {
    if (indicator === null) return;
    refer({ variables: { indicatorId: indicator.id, input } })
      .then(({ data }) => {
        const count = data?.referIndicator.length ?? 0;
        message.success(
          count > 1 ? `شاخص «${indicator.title}» میان ${toPersianDigits(count)} استان ارجاع شد` : `شاخص «${indicator.title}» ارجاع شد`,
        );
        close();
      })
      .catch(() => undefined);
  };

  return (
    <Modal open={indicator !== null} title="ارجاع شاخص" footer={null} width={960} onCancel={close} destroyOnHidden>
      {indicator !== null && (
        <ReferForm
          indicator={indicator}
          target={indicator.target}
          latest={periodEnd}
          source="period"
          submitting={loading}
          error={error ?? null}
          onSubmit={submit}
          onCancel={close}
        />
      )}
    </Modal>
  );
}
