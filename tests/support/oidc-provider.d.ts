// The few parts of `oidc-provider` (v9, ships no types) that tests/support/oidc-test-provider.ts
// uses; kept local rather than adding @types/oidc-provider as another dependency.
declare module "oidc-provider" {
  interface Grant {
    addOIDCScope(scope: string): void;
    save(): Promise<string>;
  }
  interface OidcContext {
    provider: Provider;
    client?: { clientId: string };
    session?: { accountId: string; grantIdFor(clientId: string): string | undefined };
    result?: { consent?: { grantId?: string } };
  }
  interface KoaContext {
    method: string;
    path: string;
    body: unknown;
    response: { get(header: string): string | undefined };
    oidc: OidcContext;
  }
  interface Account {
    accountId: string;
    claims(): Promise<Record<string, unknown>>;
  }
  export interface Configuration {
    clients?: Record<string, unknown>[];
    jwks?: { keys: unknown[] };
    pkce?: { required?: (ctx: KoaContext, client: unknown) => boolean };
    conformIdTokenClaims?: boolean;
    claims?: Record<string, string[]>;
    scopes?: string[];
    features?: Record<string, { enabled: boolean }>;
    cookies?: { keys?: string[] };
    ttl?: Record<string, number | ((ctx: KoaContext, token: { accountId?: string }, client: unknown) => number)>;
    findAccount?: (ctx: KoaContext, accountId: string) => Promise<Account | undefined>;
    loadExistingGrant?: (ctx: KoaContext) => Promise<Grant | undefined>;
  }
  export default class Provider {
    constructor(issuer: string, configuration?: Configuration);
    Grant: { new (init: { clientId: string; accountId: string }): Grant; find(id: string): Promise<Grant | undefined> };
    use(middleware: (ctx: Omit<KoaContext, "oidc"> & { oidc?: OidcContext }, next: () => Promise<void>) => Promise<void>): void;
    listen(port: number, host: string, callback?: () => void): unknown;
  }
}
