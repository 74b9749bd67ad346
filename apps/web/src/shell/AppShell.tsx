import { MenuOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Drawer, Grid, Layout, Menu, Spin, Typography } from 'antd';
import { useState } from 'react';
import { Link, Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import { logout, token } from '../api/client';
import { APPROVER_ROLES, hasRole, useLabels, useMe } from '../lib/session';

/** Roles that see the audit screens (the API's `RequireRole('auditor', 'system_admin')`). */
const AUDIT_ROLES = ['auditor', 'system_admin'];

/** The menu entries the user's roles give. */
function useMenuItems() {
  const me = useMe().data;
  const items = [];
  if (hasRole(me, APPROVER_ROLES) || hasRole(me, ['nominator']))
    items.push({ key: '/inbox', label: <Link to="/inbox">Hộp việc</Link> });
  items.push({ key: '/nominations', label: <Link to="/nominations">Hồ sơ đề nghị</Link> });
  if (hasRole(me, APPROVER_ROLES)) items.push({ key: '/delegations', label: <Link to="/delegations">Ủy quyền</Link> });
  items.push({ key: '/reports', label: <Link to="/reports">Báo cáo thống kê</Link> });
  items.push({ key: '/blocs', label: <Link to="/blocs">Khối thi đua</Link> });
  items.push({ key: '/blocs/overview', label: <Link to="/blocs/overview">Tổng quan khối thi đua</Link> });
  items.push({ key: '/submission-batches', label: <Link to="/submission-batches">Đề nghị theo danh sách</Link> });
  if (hasRole(me, APPROVER_ROLES))
    items.push({ key: '/council-sessions', label: <Link to="/council-sessions">Phiên họp Hội đồng</Link> });
  items.push({ key: '/award-decisions', label: <Link to="/award-decisions">Quyết định khen thưởng</Link> });
  if (hasRole(me, AUDIT_ROLES))
    items.push({ key: '/audit/anomalies', label: <Link to="/audit/anomalies">Kiểm tra: bất thường</Link> });
  return items;
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
  const selected = items.map((i) => i.key).filter((k) => location.pathname.startsWith(k));
  const logOut = () => {
    void logout();
    queryClient.clear();
    void navigate('/login', { replace: true });
  };
  const menu = (
    <Menu mode="inline" selectedKeys={selected} items={items} onClick={() => setOpen(false)} aria-label="Chức năng" />
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
