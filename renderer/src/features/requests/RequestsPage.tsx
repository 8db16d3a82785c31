import { PlaceholderPage } from '../../shell/PlaceholderPage';

// Filled by a later issue; until then the shell, navigation and title are real.
export function RequestsPage() {
  return <PlaceholderPage feature="requests" />;
}
