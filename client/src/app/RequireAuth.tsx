import { Loading } from '../components/Loading.tsx';
import { useSession } from '../session/SessionContext.tsx';
import { Navigate, Outlet, useLocation } from './router.tsx';

export function RequireAuth() {
  const { state } = useSession();
  const location = useLocation();
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'anonymous') {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/login?next=${next}`} replace />;
  }
  return <Outlet />;
}
