import { Skeleton } from '@/components/ui/skeleton';

export default function JobsLoading() {
  return (
    <main className="grid gap-4" aria-busy="true" aria-label="Loading jobs">
      <h1 className="text-xl font-semibold tracking-tight">Jobs</h1>
      <div className="flex flex-wrap gap-2">
        {Array.from({ length: 9 }, (_, i) => (
          <Skeleton key={i} className="h-9 w-28" />
        ))}
      </div>
      <Skeleton className="h-28 w-full" />
      <div className="grid gap-1 rounded-lg border p-2">
        {Array.from({ length: 10 }, (_, i) => (
          <Skeleton key={i} className="h-10 w-full" />
        ))}
      </div>
    </main>
  );
}
