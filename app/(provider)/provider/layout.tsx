import { PortalHeader } from '@/components/shell/portal-header';
import { requireUser } from '@/lib/auth/current-user';

export default async function ProviderLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser('provider');
  const links =
    user.role === 'technician'
      ? [{ href: '/provider/today', label: 'My appointments' }]
      : [
          { href: '/provider', label: 'Jobs', exact: true },
          { href: '/provider/schedule', label: 'Schedule' },
          { href: '/provider/team', label: 'Team' },
        ];
  return (
    <>
      <PortalHeader home={user.role === 'technician' ? '/provider/today' : '/provider'} portalName="Provider" links={links} user={user} />
      <div className="mx-auto max-w-7xl px-4 py-6">{children}</div>
    </>
  );
}
