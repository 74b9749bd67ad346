import { Spin } from 'antd';
import { Navigate } from 'react-router';
import { homeOf, useMe } from '../lib/session';

/** `/`: the user's home page by role. */
export function HomeRedirect() {
  const me = useMe();
  if (!me.data) return <Spin aria-label="Đang tải" />;
  return <Navigate to={homeOf(me.data)} replace />;
}
