import type { ReactNode } from 'react';

/** The frame of the public customer pages: one narrow column, made for a phone. */
export function CustomerPage({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main className="mx-auto grid min-h-dvh w-full max-w-md content-start gap-5 px-4 py-8">
      <h1 className="text-2xl font-semibold tracking-tight">{title}</h1>
      {children}
    </main>
  );
}

export function LinkExpired() {
  return (
    <CustomerPage title="This link has expired">
      <p className="text-muted-foreground">
        Links in our texts work for 7 days after the visit. If you need anything else, reply to the text or call your service provider.
      </p>
    </CustomerPage>
  );
}

export function LinkNotFound() {
  return (
    <CustomerPage title="We couldn't find this visit">
      <p className="text-muted-foreground">Check that the link is complete, or reply to the text you got from your service provider.</p>
    </CustomerPage>
  );
}
