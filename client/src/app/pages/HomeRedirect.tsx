import { Loading } from '../../components/Loading.tsx';
import { useSession } from '../../session/SessionContext.tsx';
import { Navigate } from '../router.tsx';

export function HomeRedirect() {
  const { state } = useSession();
  if (state.status === 'loading') return <Loading />;
  return <Navigate to={state.status === 'signedIn' ? '/workspaces' : '/login'} replace />;
}
