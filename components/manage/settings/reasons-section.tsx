'use client';

import { useState } from 'react';
import { deleteCompleteReasonAction, saveCompleteReasonAction } from '@/lib/actions/settings-actions';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle, DialogTrigger } from '@/components/ui/dialog';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { useCommand } from '@/components/commands/use-command';
import type { Settings } from '@/lib/server/settings/find-settings';
import { ReasonForm } from './reason-form';

type Reason = Settings['reasons'][number];

export function ReasonsSection({ reasons }: { reasons: Reason[] }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>Complete reasons</CardTitle>
        <CardDescription>What a technician picks when a visit ends. A reason already used can be deactivated, not deleted.</CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        <Table aria-label="Complete reasons">
          <TableHeader>
            <TableRow>
              <TableHead>Order</TableHead>
              <TableHead>Label</TableHead>
              <TableHead>Effect</TableHead>
              <TableHead>State</TableHead>
              <TableHead>
                <span className="sr-only">Actions</span>
              </TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {reasons.map((reason) => (
              <ReasonRow key={reason.id} reason={reason} />
            ))}
          </TableBody>
        </Table>
        <ReasonForm />
      </CardContent>
    </Card>
  );
}

function ReasonRow({ reason }: { reason: Reason }) {
  const [editing, setEditing] = useState(false);
  const toggle = useCommand(saveCompleteReasonAction, { success: reason.active ? 'Reason deactivated.' : 'Reason activated.' });
  const remove = useCommand(deleteCompleteReasonAction, { success: 'Reason deleted.' });
  return (
    <TableRow>
      <TableCell>{reason.sortOrder}</TableCell>
      <TableCell className="font-medium">{reason.label}</TableCell>
      <TableCell>{reason.effect === 'complete' ? 'Completes the job' : 'Pauses the job'}</TableCell>
      <TableCell>
        <Badge variant={reason.active ? 'success' : 'default'}>{reason.active ? 'Active' : 'Inactive'}</Badge>
        {reason.used && <span className="ml-2 text-xs text-muted-foreground">in use</span>}
      </TableCell>
      <TableCell className="flex flex-wrap justify-end gap-2">
        <Dialog open={editing} onOpenChange={setEditing}>
          <DialogTrigger asChild>
            <Button variant="outline" size="sm" aria-label={`Edit ${reason.label}`}>
              Edit
            </Button>
          </DialogTrigger>
          <DialogContent>
            <DialogHeader>
              <DialogTitle>Edit reason</DialogTitle>
              <DialogDescription>Changes apply to visits completed from now on.</DialogDescription>
            </DialogHeader>
            <ReasonForm reason={reason} onDone={() => setEditing(false)} />
          </DialogContent>
        </Dialog>
        <Button
          variant="outline"
          size="sm"
          aria-label={`${reason.active ? 'Deactivate' : 'Activate'} ${reason.label}`}
          pending={toggle.pending}
          disabled={!toggle.ready}
          onClick={() => toggle.run({ ...reason, active: !reason.active })}
        >
          {reason.active ? 'Deactivate' : 'Activate'}
        </Button>
        {!reason.used && (
          <Button variant="outline" size="sm" aria-label={`Delete ${reason.label}`} pending={remove.pending} disabled={!remove.ready} onClick={() => remove.run({ id: reason.id })}>
            Delete
          </Button>
        )}
      </TableCell>
    </TableRow>
  );
}
