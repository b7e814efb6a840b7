import { PortalHeader } from '@/components/shell/portal-header';
import { requireUser } from '@/lib/auth/current-user';

export default async function ManageLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser('enterprise');
  const links = [{ href: '/manage/jobs', label: 'Jobs' }];
  // Settings are the admin's alone; staff do not see the link (and the page refuses them).
  if (user.role === 'enterprise_admin') links.push({ href: '/manage/settings', label: 'Settings' });
  return (
    <>
      <PortalHeader home="/manage/jobs" portalName="Manage" links={links} user={user} />
      <div className="mx-auto max-w-7xl px-4 py-6">{children}</div>
    </>
  );
}
