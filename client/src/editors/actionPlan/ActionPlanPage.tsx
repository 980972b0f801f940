import { EditorComingPage } from '../../components/EditorComingPage.tsx';

export function ActionPlanPage() {
  return <EditorComingPage kind="actionPlan" />;
}
