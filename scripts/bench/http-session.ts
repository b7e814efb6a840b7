/** Cookies as a browser keeps them for one site: enough to carry an Auth.js session. */
class CookieJar {
  private cookies = new Map<string, string>();

  take(response: Response): void {
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(';');
      const at = pair!.indexOf('=');
      this.cookies.set(pair!.slice(0, at).trim(), pair!.slice(at + 1).trim());
    }
  }

  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  list(url: string): { name: string; value: string; url: string }[] {
    return [...this.cookies].map(([name, value]) => ({ name, value, url }));
  }
}

export type HttpSession = { cookie: string; cookies: (url: string) => { name: string; value: string; url: string }[] };

/** Signs in through Auth.js's own credentials endpoint, as the sign-in form does; returns the session's cookies. */
export async function signInOverHttp(baseUrl: string, email: string, password: string): Promise<HttpSession> {
  const jar = new CookieJar();
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  jar.take(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar.header() },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: `${baseUrl}/` }),
  });
  jar.take(response);
  if (!/session-token=/.test(jar.header())) throw new Error(`Sign-in as ${email} failed (HTTP ${response.status})`);
  return { cookie: jar.header(), cookies: (url) => jar.list(url) };
}
