import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { DemoAccounts } from '@/components/auth/demo-accounts';
import { SignInForm } from '@/components/auth/sign-in-form';
import { Alert } from '@/components/ui/alert';
import { currentUser, homeFor } from '@/lib/auth/current-user';
import { isDemoMode } from '@/lib/demo-mode';
import { organizationsExist } from '@/lib/server/organizations-exist';

export const metadata: Metadata = { title: 'Sign in' };

export default async function LoginPage() {
  const user = await currentUser();
  if (user) redirect(homeFor(user));
  const hasOrganizations = await organizationsExist();

  return (
    <main className="flex min-h-dvh items-center justify-center bg-muted/40 px-4 py-12">
      <div className="grid w-full max-w-md gap-6">
        <div className="text-center">
          <p className="text-2xl font-semibold tracking-tight">Fieldline</p>
          <h1 className="mt-1 text-sm text-muted-foreground">Sign in to your account</h1>
        </div>
        <div className="rounded-xl border border-border bg-background p-6 shadow-sm">
          {hasOrganizations ? (
            <SignInForm />
          ) : (
            <Alert variant="info" title="No organization yet">
              This Fieldline has no accounts. The operator creates the first organization and its admin with{' '}
              <code className="font-mono">npm run org:create</code> on the server.
            </Alert>
          )}
        </div>
        {hasOrganizations && isDemoMode() && <DemoAccounts />}
      </div>
    </main>
  );
}
