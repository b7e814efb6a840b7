import { Children, cloneElement, type ReactElement, type ReactNode } from 'react';
import { cn } from './cn';
import { Label } from './label';

type ControlProps = {
  id?: string;
  required?: boolean;
  'aria-invalid'?: boolean | 'true' | 'false';
  'aria-describedby'?: string;
};

export type FieldProps = {
  /** Given to the control; the hint and error get `${id}-hint` and `${id}-error`. */
  id: string;
  label: ReactNode;
  /** Exactly one control: Input, Textarea, Select or a native element. */
  children: ReactElement<ControlProps>;
  hint?: ReactNode;
  /** One message, or the list a zod `fieldErrors` entry holds. */
  error?: string | readonly string[] | null;
  required?: boolean;
  className?: string;
};

export function Field({ id, label, children, hint, error, required, className }: FieldProps) {
  const messages = error == null ? [] : typeof error === 'string' ? [error] : error;
  const errorId = messages.length > 0 ? `${id}-error` : undefined;
  const hintId = hint ? `${id}-hint` : undefined;
  const child = Children.only(children);
  const describedBy = [child.props['aria-describedby'], errorId, hintId].filter(Boolean).join(' ');

  return (
    <div className={cn('grid content-start gap-1.5', className)}>
      <Label htmlFor={id}>
        {label}
        {required && (
          <span aria-hidden="true" className="text-muted-foreground">
            {' '}
            *
          </span>
        )}
      </Label>
      {cloneElement(child, {
        id,
        required: required || child.props.required,
        'aria-invalid': errorId ? true : child.props['aria-invalid'],
        'aria-describedby': describedBy || undefined,
      })}
      {errorId && (
        <p id={errorId} className="text-[13px] font-medium text-destructive">
          {messages.join(' ')}
        </p>
      )}
      {hintId && (
        <p id={hintId} className="text-[13px] text-muted-foreground">
          {hint}
        </p>
      )}
    </div>
  );
}
