// The client's address for rate limiting. X-Forwarded-For is a list each proxy appends to, so only
// its right end is trustworthy: the entries a client sends itself come first and can be anything.
// With TRUSTED_PROXY_HOPS proxies of our own in front (default 1, the load balancer), the client is
// the entry that many places from the right. Without any proxy, put one in front: Next.js only fills
// X-Forwarded-For when the request has none.
type HeaderBag = Headers | Record<string, string | string[] | undefined>;

export function trustedProxyHops(env: Record<string, string | undefined> = process.env): number {
  const n = Number(env.TRUSTED_PROXY_HOPS ?? "1");
  return Number.isInteger(n) && n >= 1 && n <= 10 ? n : 1;
}

export function clientIp(headers: HeaderBag, hops = trustedProxyHops()): string {
  const get = (name: string): string | undefined => {
    if (headers instanceof Headers) return headers.get(name) ?? undefined;
    const v = headers[name];
    return Array.isArray(v) ? v.join(",") : v;
  };
  const chain = (get("x-forwarded-for") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  // Fewer entries than proxies: the request did not come through all of them; take the leftmost we have.
  const forwarded = chain.length > 0 ? chain[Math.max(0, chain.length - hops)] : undefined;
  return (forwarded || get("x-real-ip") || "local").slice(0, 64);
}
