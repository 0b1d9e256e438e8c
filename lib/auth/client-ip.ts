// The client's address for rate limiting: the first X-Forwarded-For hop set by the load balancer.
type HeaderBag = Headers | Record<string, string | string[] | undefined>;

export function clientIp(headers: HeaderBag): string {
  const get = (name: string): string | undefined => {
    if (headers instanceof Headers) return headers.get(name) ?? undefined;
    const v = headers[name];
    return Array.isArray(v) ? v[0] : v;
  };
  const forwarded = get("x-forwarded-for")?.split(",")[0]?.trim();
  return (forwarded || get("x-real-ip") || "local").slice(0, 64);
}
