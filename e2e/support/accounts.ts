import path from 'node:path';
import { expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'fieldline';

export type DemoAccount = {
  /** Names the stored sign-in state: e2e/.auth/<key>.json. */
  key: string;
  email: string;
  name: string;
  portal: 'manage' | 'provider';
  home: string;
  heading: string;
};

export const ACCOUNTS = {
  manage: { key: 'manage', email: 'manage@acme.test', name: 'Morgan Lee', portal: 'manage', home: '/manage/jobs', heading: 'Jobs' },
  staff: { key: 'staff', email: 'staff@acme.test', name: 'Sam Patel', portal: 'manage', home: '/manage/jobs', heading: 'Jobs' },
  boltDispatch: {
    key: 'bolt-dispatch',
    email: 'dispatch@bolt.test',
    name: 'Dana Brooks',
    portal: 'provider',
    home: '/provider',
    heading: 'Jobs',
  },
  northsideDispatch: {
    key: 'northside-dispatch',
    email: 'dispatch@northside.test',
    name: 'Nico Park',
    portal: 'provider',
    home: '/provider',
    heading: 'Jobs',
  },
  boltTech: {
    key: 'bolt-tech',
    email: 'tech@bolt.test',
    name: 'Toni Alvarez',
    portal: 'provider',
    home: '/provider/today',
    heading: 'My appointments',
  },
} as const satisfies Record<string, DemoAccount>;

export function storageStatePath(account: DemoAccount): string {
  // Per port: each server has its own auth secret, so a state made for one is useless on another.
  return path.join(import.meta.dirname, '..', '.auth', process.env.E2E_PORT ?? '3100', `${account.key}.json`);
}

/** Matches a URL by path alone, so a query string (a callbackUrl, a filter) does not matter. */
export function hasPath(pathname: string): (url: URL) => boolean {
  return (url) => url.pathname === pathname;
}

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** The portal header (banner) holding the Sign out button; the user's name sits beside it, outside the link navigation. */
export function headerNavigation(page: Page) {
  return page.getByRole('banner').filter({ has: page.getByRole('button', { name: 'Sign out' }) });
}

export async function expectLandedHome(page: Page, account: DemoAccount): Promise<void> {
  await expect(page).toHaveURL(hasPath(account.home));
  await expect(page.getByRole('heading', { level: 1, name: account.heading, exact: true })).toBeVisible();
  await expect(headerNavigation(page).getByText(account.name)).toBeVisible();
}
