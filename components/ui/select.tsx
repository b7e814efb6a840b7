import type { ComponentProps } from 'react';
import { cn } from './cn';
import { controlClasses } from './input';

/** A styled native `<select>`: works with labels, autofill, phones and Playwright's `selectOption`. */
export function Select({ className, multiple, ...props }: ComponentProps<'select'>) {
  return (
    <select
      multiple={multiple}
      className={cn(controlClasses, multiple ? 'py-1' : 'h-9 py-1 pr-9 select-chevron', className)}
      {...props}
    />
  );
}
