import { useMutation } from '@apollo/client/react';
import { App, Button, Flex, Popconfirm } from 'antd';
import { useState } from 'react';
import { persianErrorMessage } from '../../../shared/errors';
import { DeactivateApiClientMutation, ReactivateApiClientMutation, RotateApiClientKeyMutation } from './api-clients.graphql';

export interface ApiClientActionsProps {
  client: { id: string; name: string; active: boolean };
  /** The client's new key, to show once (in the key modal). */
  onRotated: (rotated: { name: string; key: string }) => void;
}

/**
 * A client's row actions, each confirmed first: a new key (the old one stops working at once) and
 * deactivation or reactivation. The answers update the cached client, so the table follows.
 */
export function ApiClientActions({ client, onRotated }: ApiClientActionsProps) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState<'rotate' | 'active' | null>(null);
  const [rotate] = useMutation(RotateApiClientKeyMutation);
  const [deactivate] = useMutation(DeactivateApiClientMutation);
  const [reactivate] = useMutation(ReactivateApiClientMutation);

  const onRotate = () => {
    setBusy('rotate');
    rotate({ variables: { id: client.id } })
      .then(({ data }) => {
        if (data) onRotated({ name: data.rotateApiClientKey.client.name, key: data.rotateApiClientKey.key });
      })
      .catch((failure: unknown) => {
        void message.error(persianErrorMessage(failure));
      })
      .finally(() => setBusy(null));
  };

  const onSetActive = (active: boolean) => {
    setBusy('active');
    (active ? reactivate : deactivate)({ variables: { id: client.id } })
      // Braces: message.success returns a thenable that settles when the message closes (seconds later).
      .then(() => {
        void message.success(active ? `سامانهٔ «${client.name}» دوباره فعال شد` : `سامانهٔ «${client.name}» غیرفعال شد`);
      })
      .catch((failure: unknown) => {
        void message.error(persianErrorMessage(failure));
      })
      .finally(() => setBusy(null));
  };

  return (
    <Flex gap="small">
      <Popconfirm
        title="کلید تازه ساخته شود؟"
        description="کلید کنونی همین حالا از کار می‌افتد؛ سامانه تا کلید تازه را نگیرد نمی‌تواند درخواستی بفرستد."
        okText="بله، کلید تازه"
        cancelText="انصراف"
        onConfirm={onRotate}
      >
        <Button size="small" loading={busy === 'rotate'} aria-label={`کلید تازه برای ${client.name}`}>
          کلید تازه
        </Button>
      </Popconfirm>
      {/* Keyed apart: one Popconfirm instance reused for both would keep the other's open state. */}
      {client.active ? (
        <Popconfirm
          key="deactivate"
          title="این سامانه غیرفعال شود؟"
          description="از همین حالا هیچ درخواستی با کلید آن پذیرفته نمی‌شود و تغییری برای وب‌هوک‌هایش فرستاده نمی‌شود."
          okText="بله، غیرفعال شود"
          okButtonProps={{ danger: true }}
          cancelText="انصراف"
          onConfirm={() => onSetActive(false)}
        >
          <Button size="small" danger loading={busy === 'active'} aria-label={`غیرفعال‌سازی ${client.name}`}>
            غیرفعال‌سازی
          </Button>
        </Popconfirm>
      ) : (
        <Popconfirm
          key="reactivate"
          title="این سامانه دوباره فعال شود؟"
          description="کلید کنونی آن دوباره پذیرفته می‌شود."
          okText="بله، فعال شود"
          cancelText="انصراف"
          onConfirm={() => onSetActive(true)}
        >
          <Button size="small" loading={busy === 'active'} aria-label={`فعال‌سازی ${client.name}`}>
            فعال‌سازی
          </Button>
        </Popconfirm>
      )}
    </Flex>
  );
}
