'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { toast } from '@/components/ui/toaster';
import type { ActionResult } from '@/lib/actions/action-result';

export class ActionFailure extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
  }
}

/**
 * Runs a server action as a TanStack mutation: the server's answer is shown at once (toast),
 * the page's server components re-render with the new state, and cached job queries refresh.
 */
export function useActionMutation<I, T>(
  action: (input: I) => Promise<ActionResult<T>>,
  options: { success: string | ((data: T) => string); onSuccess?: (data: T) => void },
) {
  const router = useRouter();
  const queryClient = useQueryClient();
  return useMutation<T, ActionFailure, I>({
    mutationFn: async (input) => {
      const result = await action(input);
      if (!result.ok) throw new ActionFailure(result.message, result.code, result.fieldErrors);
      return result.data;
    },
    onSuccess: (data) => {
      toast.success(typeof options.success === 'string' ? options.success : options.success(data));
      const warnings = (data as { warnings?: string[] } | null)?.warnings;
      warnings?.forEach((w) => toast.warning(w));
      options.onSuccess?.(data);
      void queryClient.invalidateQueries({ queryKey: ['jobs'] });
      router.refresh();
    },
    onError: (error) => {
      // Field errors show in the form; anything else (a lost race, a refusal) as a toast, with the current state reloaded.
      if (!error.fieldErrors || Object.keys(error.fieldErrors).length === 0) toast.error(error.message);
      router.refresh();
    },
  });
}
