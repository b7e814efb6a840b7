'use client';

import type { ReactNode } from 'react';
import { Button, type ButtonProps } from './button';
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from './dialog';
import { useHydrated } from './use-hydrated';

type Props = {
  /** The button that opens the dialog. */
  trigger: ReactNode;
  title: string;
  description: ReactNode;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** Called with the form's fields on Confirm; the browser's own validation is left to the server's messages. */
  onSubmit: (form: FormData) => void;
  pending: boolean;
  confirm?: Pick<ButtonProps, 'variant' | 'size'>;
  /** The fields; none when the dialog only asks to confirm. */
  children?: ReactNode;
};

/** A dialog holding one form that ends in **Confirm**: how every action that asks for details looks. */
export function FormDialog({ trigger, title, description, open, onOpenChange, onSubmit, pending, confirm, children }: Props) {
  // The dialog only opens with script: until then its button is disabled rather than dead.
  const hydrated = useHydrated();
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogTrigger asChild disabled={!hydrated}>
        {trigger}
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>{title}</DialogTitle>
          <DialogDescription>{description}</DialogDescription>
        </DialogHeader>
        <form
          className="grid gap-4"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            onSubmit(new FormData(e.currentTarget));
          }}
        >
          {children}
          <DialogFooter>
            <Button type="submit" variant={confirm?.variant} size={confirm?.size} pending={pending}>
              Confirm
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
