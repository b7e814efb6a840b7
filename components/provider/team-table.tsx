import { Badge } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/empty-state';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { TeamMember } from '@/lib/server/team/find-team';
import { DeactivateTechnicianDialog } from './deactivate-technician-dialog';

/** The provider's technicians, active ones first, with their open visits. */
export function TeamTable({ members }: { members: TeamMember[] }) {
  if (members.length === 0) {
    return <EmptyState title="No technicians yet" description="Add your first technician; they can then be assigned visits and use the phone view." />;
  }
  return (
    <Table aria-label="Technicians">
      <TableHeader>
        <TableRow>
          <TableHead>Name</TableHead>
          <TableHead>Email</TableHead>
          <TableHead>Phone</TableHead>
          <TableHead>Open visits</TableHead>
          <TableHead>Status</TableHead>
          <TableHead>
            <span className="sr-only">Actions</span>
          </TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {members.map((m) => (
          <TableRow key={m.id}>
            <TableCell className="font-medium">{m.name}</TableCell>
            <TableCell>{m.email}</TableCell>
            <TableCell>{m.phone ?? <span className="text-muted-foreground">—</span>}</TableCell>
            <TableCell>{m.openVisits}</TableCell>
            <TableCell>{m.active ? <Badge variant="success">Active</Badge> : <Badge>Inactive</Badge>}</TableCell>
            <TableCell className="text-right">{m.active && <DeactivateTechnicianDialog userId={m.id} name={m.name} />}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
