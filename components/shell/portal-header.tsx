import Link from 'next/link';
import { signOutAction } from '@/lib/actions/session-actions';
import { ROLE_LABELS, type Role } from '@/lib/domain/statuses';
import { Button } from '@/components/ui/button';
import { NavLink } from './nav-link';

type Props = {
  home: string;
  portalName: string;
  links: { href: string; label: string; exact?: boolean }[];
  user: { name: string; role: Role; organizationName: string };
};

export function PortalHeader({ home, portalName, links, user }: Props) {
  return (
    <header className="sticky top-0 z-30 border-b border-border bg-background/95 backdrop-blur">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-4 gap-y-1 px-4 py-2">
        <Link href={home} className="mr-2 flex min-h-11 items-center gap-2 rounded-md py-2 font-semibold tracking-tight sm:min-h-0 sm:items-baseline">
          Fieldline <span className="text-xs font-medium text-muted-foreground">{portalName}</span>
        </Link>
        <nav aria-label="Main" className="flex flex-1 flex-wrap items-center gap-1">
          {links.map((l) => (
            <NavLink key={l.href} href={l.href} exact={l.exact}>
              {l.label}
            </NavLink>
          ))}
        </nav>
        <div className="flex items-center gap-3">
          <p className="text-right text-sm leading-tight">
            <span className="block font-medium">{user.name}</span>
            <span className="block text-xs text-muted-foreground">
              {ROLE_LABELS[user.role]} · {user.organizationName}
            </span>
          </p>
          <form action={signOutAction}>
            <Button type="submit" variant="outline" size="sm" className="h-11 sm:h-8">
              Sign out
            </Button>
          </form>
        </div>
      </div>
    </header>
  );
}
