import { EditorComingPage } from '../../components/EditorComingPage.tsx';

export function WhiteboardPage() {
  return <EditorComingPage kind="whiteboard" />;
}
