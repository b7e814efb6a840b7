import type { ComponentProps } from 'react';
import { cva, type VariantProps } from 'class-variance-authority';
import { cn } from './cn';

export const badgeBase =
  'inline-flex h-5 shrink-0 items-center gap-1.5 rounded-md px-1.5 text-xs leading-none font-medium whitespace-nowrap';

export const badgeVariants = cva(badgeBase, {
  variants: {
    variant: {
      default: 'bg-muted text-muted-foreground',
      outline: 'border text-foreground',
      primary: 'bg-primary text-primary-foreground',
      info: 'bg-info-tint text-info-ink',
      success: 'bg-success-tint text-success-ink',
      destructive: 'bg-destructive-tint text-destructive-ink',
    },
  },
  defaultVariants: { variant: 'default' },
});

export type BadgeProps = ComponentProps<'span'> & VariantProps<typeof badgeVariants>;

export function Badge({ className, variant, ...props }: BadgeProps) {
  return <span className={cn(badgeVariants({ variant }), className)} {...props} />;
}
