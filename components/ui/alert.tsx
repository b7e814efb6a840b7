import type { ComponentProps, ReactNode } from 'react';
import { cva, type VariantProps } from 'class-variance-authority';
import { cn } from './cn';

const alertVariants = cva('grid gap-1 rounded-md border px-4 py-3 text-sm', {
  variants: {
    variant: {
      info: 'border-info/30 bg-info-tint text-info-ink',
      success: 'border-success/30 bg-success-tint text-success-ink',
      error: 'border-destructive/30 bg-destructive-tint text-destructive-ink',
    },
  },
  defaultVariants: { variant: 'info' },
});

export type AlertProps = Omit<ComponentProps<'div'>, 'title'> &
  VariantProps<typeof alertVariants> & { title?: ReactNode };

/** An inline message. Errors are announced at once (role="alert"); others politely (role="status"). */
export function Alert({ className, variant, title, children, ...props }: AlertProps) {
  return (
    <div role={variant === 'error' ? 'alert' : 'status'} className={cn(alertVariants({ variant }), className)} {...props}>
      {title && <p className="font-semibold">{title}</p>}
      {children && <div className="[&_a]:underline">{children}</div>}
    </div>
  );
}
