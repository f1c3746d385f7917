import { Button, Dropdown, type MenuProps } from 'antd';
import { useNavigate } from 'react-router';
import type { Me } from '../session/use-me';
import { useSessionActions } from '../session/use-session-actions';

export interface UserMenuProps {
  me: Me;
}

/** The user's full name; opens «تغییر گذرواژه» and «خروج». */
export function UserMenu({ me }: UserMenuProps) {
  const navigate = useNavigate();
  const { signOut } = useSessionActions();
  const items: MenuProps['items'] = [
    { key: 'change-password', label: 'تغییر گذرواژه' },
    { type: 'divider' },
    { key: 'logout', label: 'خروج', danger: true },
  ];
  const onClick: MenuProps['onClick'] = ({ key }) => {
    if (key === 'change-password') void navigate('/change-password');
    if (key === 'logout') void signOut();
  };
  return (
    <Dropdown menu={{ items, onClick }} trigger={['click']}>
      <Button type="text" data-testid="user-menu" aria-label={`منوی کاربر: ${me.user.firstName} ${me.user.lastName}`}>
        {me.user.firstName} {me.user.lastName} ▾
      </Button>
    </Dropdown>
  );
}
