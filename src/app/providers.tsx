import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { useState, type ReactNode } from "react";
import { ErrorBoundary } from "../components/error-boundary";
import { retryPolicy } from "../data/retry-policy";

/**
 * Every query follows the one retry policy (data/retry-policy.ts; `retry: false` and shorter
 * `delays` are for tests). A failed file stays failed for the panels drawn later (the counts and
 * the timeline as the reader scrolls to them), instead of loading again in silence: only Retry
 * tries it again.
 */
export function createQueryClient(options: { retry?: boolean; delays?: readonly number[] } = {}) {
  const policy = retryPolicy(options.delays);
  return new QueryClient({
    defaultOptions: {
      queries: {
        ...policy,
        retry: options.retry !== false && policy.retry,
        retryOnMount: false,
        refetchOnWindowFocus: false,
      },
    },
  });
}

export function Providers({ children, queryClient }: { children: ReactNode; queryClient?: QueryClient }) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  return (
    <ErrorBoundary area="dashboard">
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    </ErrorBoundary>
  );
}
