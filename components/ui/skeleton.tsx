import type { ComponentProps } from 'react';
import { cn } from './cn';

/** A placeholder block. Mark the region that is loading with `aria-busy="true"`. */
export function Skeleton({ className, ...props }: ComponentProps<'div'>) {
  return <div aria-hidden="true" className={cn('animate-pulse rounded-md bg-muted', className)} {...props} />;
}
