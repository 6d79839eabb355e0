import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { NuqsAdapter, enableHistorySync } from "nuqs/adapters/react";
import { useState, type ReactNode } from "react";
import { ErrorBoundary } from "../components/error-boundary";

// The shell corrects the address with history.replaceState; this keeps nuqs in step with it.
enableHistorySync();

export function createQueryClient(options: { retry?: boolean } = {}) {
  return new QueryClient({
    defaultOptions: { queries: { retry: options.retry === false ? false : 2, refetchOnWindowFocus: false } },
  });
}

export function Providers({ children, queryClient }: { children: ReactNode; queryClient?: QueryClient }) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  return (
    <ErrorBoundary area="dashboard">
      <QueryClientProvider client={client}>
        <NuqsAdapter>{children}</NuqsAdapter>
      </QueryClientProvider>
    </ErrorBoundary>
  );
}
