// The Content-Security-Policy of every page. Scripts run only from this origin and with the
// request's nonce (Next.js puts it on its own inline scripts when it finds this header on the
// request), so injected markup could not run script even if some text slipped through unescaped.
// Styles allow inline: React's style attributes (chart sizes) need it, and styles cannot run code.
// No third-party origin anywhere: the product depends on no outside service.

export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

export function contentSecurityPolicy(nonce: string, opts: { development?: boolean } = {}): string {
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    // 'unsafe-eval' only in `next dev`, whose React debugging needs it; never in a build.
    ["script-src", "'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(opts.development ? ["'unsafe-eval'"] : [])],
    ["style-src", "'self'", "'unsafe-inline'"],
    ["img-src", "'self'", "data:", "blob:"],
    ["font-src", "'self'"],
    ["connect-src", "'self'"],
    ["object-src", "'none'"],
    ["base-uri", "'self'"],
    ["form-action", "'self'"],
    ["frame-ancestors", "'none'"],
  ];
  return directives.map((d) => d.join(" ")).join("; ");
}
