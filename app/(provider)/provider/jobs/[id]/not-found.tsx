import Link from 'next/link';

export default function JobNotFound() {
  return (
    <main className="grid justify-items-start gap-3 py-12">
      <h1 className="text-xl font-semibold">Job not found</h1>
      <p className="text-muted-foreground">It may have been declined or withdrawn, or it was never offered to your company.</p>
      <Link href="/provider" className="underline underline-offset-2">
        Back to jobs
      </Link>
    </main>
  );
}
