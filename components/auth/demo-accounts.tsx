const ACCOUNTS = [
  { email: 'manage@acme.test', who: 'Morgan Lee', role: 'Enterprise admin · Acme Home Warranty' },
  { email: 'staff@acme.test', who: 'Sam Patel', role: 'Enterprise staff · Acme Home Warranty' },
  { email: 'dispatch@bolt.test', who: 'Dana Brooks', role: 'Dispatcher · Bolt Plumbing' },
  { email: 'tech@bolt.test', who: 'Toni Alvarez', role: 'Technician · Bolt Plumbing' },
  { email: 'dispatch@northside.test', who: 'Nico Park', role: 'Dispatcher · Northside HVAC' },
];

export function DemoAccounts() {
  return (
    <section aria-labelledby="demo-accounts" className="rounded-lg border border-border bg-muted/40 p-4 text-sm">
      <h2 id="demo-accounts" className="font-semibold">
        Demo accounts
      </h2>
      <p className="mt-1 text-muted-foreground">
        Every demo account uses the password <code className="rounded bg-background px-1 font-mono">fieldline</code>.
      </p>
      <ul className="mt-3 grid gap-2">
        {ACCOUNTS.map((a) => (
          <li key={a.email} className="flex flex-wrap items-baseline justify-between gap-x-3">
            <code className="font-mono text-[13px]">{a.email}</code>
            <span className="text-muted-foreground">
              {a.who} — {a.role}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
