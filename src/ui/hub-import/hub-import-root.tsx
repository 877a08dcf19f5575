import { QueryClientProvider } from '@tanstack/react-query';
import { pageQueryClient } from '../../hub/query-client';
import { HubImportPanel } from './hub-import-panel';

/** The lazily loaded part of the Hub import: the query library, the fetch, the mapping and the panel. */
export default function HubImportRoot() {
  return (
    <QueryClientProvider client={pageQueryClient()}>
      <HubImportPanel />
    </QueryClientProvider>
  );
}
