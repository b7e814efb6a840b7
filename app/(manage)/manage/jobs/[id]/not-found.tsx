import Link from 'next/link';

export default function JobNotFound() {
  return (
    <main className="grid justify-items-start gap-3 py-12">
      <h1 className="text-xl font-semibold">Job not found</h1>
      <p className="text-muted-foreground">Check the link, or find the job in the Jobs List.</p>
      <Link href="/manage/jobs" className="underline underline-offset-2">
        Back to jobs
      </Link>
    </main>
  );
}
