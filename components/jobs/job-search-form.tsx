import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';

/** A plain GET form: the search lives in the URL, so it can be bookmarked and Back works. */
export function JobSearchForm({ action, q, status, placeholder }: { action: string; q?: string; status?: string; placeholder: string }) {
  return (
    <form action={action} role="search" className="flex gap-2">
      {status && <input type="hidden" name="status" value={status} />}
      <label htmlFor="job-search" className="sr-only">
        Search jobs
      </label>
      <Input id="job-search" name="q" type="search" defaultValue={q} placeholder={placeholder} className="w-72" />
      <Button type="submit" variant="outline">
        Search
      </Button>
    </form>
  );
}
