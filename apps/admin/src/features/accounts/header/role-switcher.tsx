import { App, Select, Space } from 'antd';
import { useState } from 'react';
import { persianErrorMessage } from '../../../shared/errors';
import { roleAssignmentLabel } from '../role-names';
import type { Me } from '../session/use-me';
import { useSessionActions } from '../session/use-session-actions';

export interface RoleSwitcherProps {
  me: Me;
}

/** «نقش فعال»: every role the user holds; choosing one switches without signing out. */
export function RoleSwitcher({ me }: RoleSwitcherProps) {
  const { switchRole } = useSessionActions();
  const { message } = App.useApp();
  const [switching, setSwitching] = useState(false);
  const options = me.roles.map((assignment) => ({ value: assignment.id, label: roleAssignmentLabel(assignment) }));

  const onChange = (roleAssignmentId: string) => {
    if (roleAssignmentId === me.activeRole.id) return;
    setSwitching(true);
    switchRole(roleAssignmentId)
      .then(() => message.success(`اکنون با نقش «${options.find((o) => o.value === roleAssignmentId)?.label ?? ''}» کار می‌کنید`))
      .catch((error: unknown) => message.error(persianErrorMessage(error)))
      .finally(() => setSwitching(false));
  };

  return (
    <Space>
      <label htmlFor="active-role">نقش فعال</label>
      <Select
        id="active-role"
        aria-label="نقش فعال"
        value={me.activeRole.id}
        options={options}
        onChange={onChange}
        loading={switching}
        disabled={switching}
        popupMatchSelectWidth={false}
        style={{ minWidth: 220 }}
        data-testid="role-switcher"
      />
    </Space>
  );
}
