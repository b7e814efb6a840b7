import Link from 'next/link';

export default function SettingsNotFound() {
  return (
    <main className="grid justify-items-start gap-3 py-12">
      <h1 className="text-xl font-semibold">Page not found</h1>
      <p className="text-muted-foreground">Settings are for enterprise admins. Ask an admin if something needs changing.</p>
      <Link href="/manage/jobs" className="underline underline-offset-2">
        Back to jobs
      </Link>
    </main>
  );
}
