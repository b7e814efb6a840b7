'use client';

import { useRef } from 'react';
import { addStaffUserAction, deactivateUserAction } from '@/lib/actions/settings-actions';
import { ROLE_LABELS, type Role } from '@/lib/domain/statuses';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { useCommand } from '@/components/commands/use-command';

type User = { id: string; name: string; email: string; role: Role; active: boolean };

export function UsersSection({ users, currentUserId }: { users: User[]; currentUserId: string }) {
  const form = useRef<HTMLFormElement>(null);
  const add = useCommand(addStaffUserAction, { success: (u) => `${u.name} can now sign in.`, onSuccess: () => form.current?.reset() });
  const deactivate = useCommand(deactivateUserAction, { success: (u) => `${u.name} was deactivated and signed out.` });
  const errors = add.error?.fieldErrors;
  return (
    <Card>
      <CardHeader>
        <CardTitle>Users</CardTitle>
        <CardDescription>Staff browse and create jobs; a deactivated user is signed out at once.</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        <Table aria-label="Users">
          <TableHeader>
            <TableRow>
              <TableHead>Name</TableHead>
              <TableHead>Email</TableHead>
              <TableHead>Role</TableHead>
              <TableHead>State</TableHead>
              <TableHead>
                <span className="sr-only">Actions</span>
              </TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {users.map((u) => (
              <TableRow key={u.id}>
                <TableCell className="font-medium">{u.name}</TableCell>
                <TableCell>{u.email}</TableCell>
                <TableCell>{ROLE_LABELS[u.role]}</TableCell>
                <TableCell>
                  <Badge variant={u.active ? 'success' : 'default'}>{u.active ? 'Active' : 'Deactivated'}</Badge>
                </TableCell>
                <TableCell className="text-right">
                  {u.active && u.id !== currentUserId && (
                    <Button variant="outline" size="sm" aria-label={`Deactivate ${u.name}`} pending={deactivate.pending} disabled={!deactivate.ready} onClick={() => deactivate.run({ userId: u.id })}>
                      Deactivate
                    </Button>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        <form
          ref={form}
          className="flex flex-wrap items-start gap-3"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            const data = new FormData(e.currentTarget);
            const text = (name: string) => String(data.get(name) ?? '');
            add.run({ name: text('name'), email: text('email'), password: text('password') });
          }}
        >
          <Field id="staff-name" label="Name" error={errors?.name} required>
            <Input name="name" autoComplete="off" className="w-52" />
          </Field>
          <Field id="staff-email" label="Email" error={errors?.email} required>
            <Input name="email" type="email" autoComplete="off" className="w-60" />
          </Field>
          <Field id="staff-password" label="Initial password" hint="At least 12 characters; share it with them privately." error={errors?.password} required>
            <Input name="password" type="password" autoComplete="new-password" className="w-60" />
          </Field>
          <Button type="submit" pending={add.pending} disabled={!add.ready} className="mt-6">
            Add staff
          </Button>
        </form>
      </CardContent>
    </Card>
  );
}
