import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { NetworkSection } from '@/components/manage/settings/network-section';
import { ReasonsSection } from '@/components/manage/settings/reasons-section';
import { UsersSection } from '@/components/manage/settings/users-section';
import { actorOf, requireUser } from '@/lib/auth/current-user';
import { findSettings } from '@/lib/server/settings/find-settings';

export const metadata: Metadata = { title: 'Settings' };

export default async function SettingsPage() {
  const user = await requireUser('enterprise');
  // Staff get the same answer as for a page that does not exist: nothing here is theirs to see.
  if (user.role !== 'enterprise_admin') notFound();
  const settings = await findSettings(actorOf(user));
  return (
    <main className="grid gap-6">
      <h1 className="text-xl font-semibold tracking-tight">Settings</h1>
      <ReasonsSection reasons={settings.reasons} />
      <NetworkSection network={settings.network} available={settings.available} />
      <UsersSection users={settings.users} currentUserId={user.id} />
    </main>
  );
}
