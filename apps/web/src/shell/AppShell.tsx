import { MenuOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Drawer, Grid, Layout, Menu, Spin, Typography, type MenuProps } from 'antd';
import { useState } from 'react';
import { Link, Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import { logout, token } from '../api/client';
import { can, useLabels, useMe } from '../lib/session';
import { NotificationBell } from './NotificationBell';

interface MenuEntry {
  key: string;
  label: React.ReactNode;
  children?: MenuEntry[];
}

const entry = (key: string, text: string): MenuEntry => ({ key, label: <Link to={key}>{text}</Link> });

/** The menu entries the server's `capabilities` give (administration and audit grouped under a heading each). */
function useMenuItems(): MenuEntry[] {
  const me = useMe().data;
  const items: MenuEntry[] = [];
  if (can(me, 'nomination.decide') || can(me, 'nomination.resubmitAtNominatingUnit'))
    items.push(entry('/inbox', 'Hộp việc'));
  items.push(entry('/nominations', 'Hồ sơ đề nghị'));
  if (can(me, 'delegation.lend')) items.push(entry('/delegations', 'Ủy quyền'));
  items.push(entry('/reports', 'Báo cáo thống kê'));
  items.push(entry('/blocs', 'Khối thi đua'));
  items.push(entry('/blocs/overview', 'Tổng quan khối thi đua'));
  items.push(entry('/submission-batches', 'Đề nghị theo danh sách'));
  if (can(me, 'councilSession.run')) items.push(entry('/council-sessions', 'Phiên họp Hội đồng'));
  items.push(entry('/award-decisions', 'Quyết định khen thưởng'));
  if (can(me, 'admin.org')) {
    items.push({
      key: 'admin',
      label: 'Quản trị',
      children: [
        entry('/admin/desk', 'Bàn điều phối'),
        entry('/admin/campaigns', 'Đợt thi đua'),
        entry('/admin/quotas', 'Chỉ tiêu'),
        entry('/admin/users', 'Người dùng'),
        entry('/admin/units', 'Đơn vị'),
        entry('/admin/calendar', 'Lịch làm việc'),
      ],
    });
  }
  if (can(me, 'audit.read')) {
    items.push({
      key: 'audit',
      label: 'Kiểm tra, giám sát',
      children: [
        entry('/audit', 'Tra cứu hồ sơ'),
        entry('/audit/anomalies', 'Bất thường'),
        entry('/audit/export-check', 'Kiểm tra tệp xuất'),
      ],
    });
  }
  return items;
}

/** The entry of the page shown: the longest menu path the address starts with. */
export function selectedEntry(items: readonly MenuEntry[], pathname: string): string | undefined {
  const leaves = items.flatMap((i) => i.children ?? [i]);
  return leaves
    .map((i) => i.key)
    .filter((k) => pathname === k || pathname.startsWith(`${k}/`))
    .sort((a, b) => b.length - a.length)[0];
}

/**
 * The frame of every signed-in page: skip link, top bar (user, log out), menu beside the content on
 * wide screens and in a Drawer on phones, the page in `<main>`.
 */
export function AppShell() {
  const me = useMe();
  const labels = useLabels();
  const screens = Grid.useBreakpoint();
  const [open, setOpen] = useState(false);
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const items = useMenuItems();
  if (token() === null) return <Navigate to={`/login?next=${encodeURIComponent(location.pathname)}`} replace />;
  const phone = !screens.md;
  const selected = selectedEntry(items, location.pathname);
  const group = items.find((i) => i.children?.some((c) => c.key === selected))?.key;
  const logOut = () => {
    void logout();
    queryClient.clear();
    void navigate('/login', { replace: true });
  };
  const menu = (
    <Menu
      mode="inline"
      selectedKeys={selected ? [selected] : []}
      defaultOpenKeys={group ? [group] : []}
      items={items as MenuProps['items']}
      onClick={() => setOpen(false)}
      aria-label="Chức năng"
    />
  );
  const roleNames = me.data?.roles.map((g) => labels.data?.roles[g.role]?.vi).filter(Boolean) ?? [];
  return (
    <Layout className="app-layout">
      <a className="skip-link" href="#main">
        Bỏ qua, đến nội dung chính
      </a>
      <Layout.Header className="app-header no-print">
        {phone && (
          <Button
            type="text"
            icon={<MenuOutlined />}
            aria-label="Mở menu"
            aria-expanded={open}
            onClick={() => setOpen(true)}
            className="menu-button"
          />
        )}
        <Link to="/" className="brand">
          Thi đua – Khen thưởng
        </Link>
        <span className="header-user">
          {!phone && me.data && (
            <Typography.Text className="user-name" title={[...new Set(roleNames)].join(', ')}>
              {me.data.fullName}
            </Typography.Text>
          )}
          <NotificationBell />
          <Button onClick={logOut}>Đăng xuất</Button>
        </span>
      </Layout.Header>
      <Layout>
        {!phone && (
          <Layout.Sider width={220} theme="light" className="no-print">
            <nav aria-label="Chức năng">{menu}</nav>
          </Layout.Sider>
        )}
        {phone && (
          <Drawer open={open} onClose={() => setOpen(false)} placement="left" title="Chức năng" size={280}>
            <nav aria-label="Chức năng">{menu}</nav>
            {me.data && <p className="drawer-user">{me.data.fullName}</p>}
          </Drawer>
        )}
        <Layout.Content id="main" tabIndex={-1} className="app-content">
          {me.isPending ? <Spin aria-label="Đang tải" /> : <Outlet />}
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
