'use client';

import { Toaster as Sonner, type ToasterProps } from 'sonner';

export { toast } from 'sonner';

/** Mount once in the root layout; call `toast.success(…)` / `toast.error(…)` from client code. */
export function Toaster(props: ToasterProps) {
  return (
    <Sonner
      position="bottom-right"
      closeButton
      toastOptions={{
        // Not "Close toast": keeps getByRole('button', { name: 'Close' }) unique for dialogs.
        closeButtonAriaLabel: 'Dismiss notification',
        classNames: {
          success: '[&_[data-icon]]:text-success',
          error: '[&_[data-icon]]:text-destructive',
          info: '[&_[data-icon]]:text-info',
        },
      }}
      {...props}
    />
  );
}
