import { cn } from '@/components/ui/cn';

const STARS = [1, 2, 3, 4, 5] as const;

/**
 * Five native radio buttons in a fieldset: arrow keys move between them and screen readers
 * announce "3 stars, 3 of 5". The stars are drawn by the labels; the radios stay focusable.
 */
export function StarRating({ legend, error }: { legend: string; error?: readonly string[] }) {
  return (
    <fieldset className="grid gap-2" aria-describedby={error ? 'rating-error' : undefined}>
      <legend className="mb-2 text-base font-medium">{legend}</legend>
      <div className="flex gap-1">
        {STARS.map((n) => (
          // The checked star and every star before it are filled (`:has(~ …)` selects earlier siblings).
          <label key={n} className="cursor-pointer [&:has(input:checked)_span]:text-amber-600 [&:has(~label_input:checked)_span]:text-amber-600">
            <input type="radio" name="rating" value={n} required className="peer sr-only" aria-label={`${n} star${n === 1 ? '' : 's'}`} />
            <span
              aria-hidden="true"
              className={cn(
                'block rounded-md px-1 text-4xl leading-none text-muted-foreground',
                'peer-focus-visible:ring-2 peer-focus-visible:ring-ring',
              )}
            >
              ★
            </span>
          </label>
        ))}
      </div>
      {error && (
        <p id="rating-error" className="text-sm text-destructive-ink">
          {error.join(' ')}
        </p>
      )}
    </fieldset>
  );
}

export function ThankYou({ rating }: { rating: number }) {
  return (
    <div role="status" className="grid gap-2 rounded-lg border p-5">
      <p className="text-xl font-semibold">Thank you for your feedback!</p>
      <p className="text-muted-foreground">
        You rated this visit {rating} out of 5 stars.
      </p>
    </div>
  );
}
