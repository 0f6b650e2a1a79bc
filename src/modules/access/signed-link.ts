import { createHmac, timingSafeEqual } from "node:crypto";
import type { EntityManager } from "typeorm";
import { unauthenticated, type Viewer } from "../../common/auth";
import type { RequestContext } from "../../common/context";
import { CatalogError, CommonErrorCode } from "../../common/errors";
import { parseGlobalId, toGlobalId } from "../../common/global-id";
import type { Localised } from "../../common/i18n";
import { viewerFor } from "./access.service";
import { UserAccount } from "./user-account.entity";

/**
 * Signed links a browser can follow without the bearer token (an export to download, a report to
 * print), written once: a link acts as the account that asked for it, for what it names, until it
 * expires. HMAC-SHA256 under a key derived from the server's signing key for the link's purpose
 * (never the key the access tokens are signed with), over the link's subject, the account and its
 * token version (signing out everywhere, a new password or a disabled account breaks its links),
 * the link's scope and its expiry.
 */

/** What a link grants, as its feature names it. */
export interface LinkGrant {
  /** The feature's own key derivation (one feature's signature never opens another's link). */
  purpose: string;
  /** The record or file the link names. */
  subject: string | number;
  /** Whatever else the link is limited to (an export's units…), in a fixed order. */
  scope?: readonly (string | number)[];
}

/** The query parameters a signed link adds to its URL. */
export type SignedLinkParameters = { account: string; expires: string; signature: string };

/** What a feature's route answers for a link that fails its check (UNAUTHENTICATED either way). */
export interface LinkRefusals {
  invalid: Localised;
  expired: Localised;
}

/**
 * The viewer a signed link acts as, and the account's token version (a link signed before the
 * account signed out everywhere, changed its password or was disabled no longer matches). Null when
 * the account is gone or disabled.
 */
async function signedLinkAccount(manager: EntityManager, accountId: number, today: string): Promise<{ viewer: Viewer; tokenVersion: number } | null> {
  const account = await manager.findOneBy(UserAccount, { id: accountId });
  if (!account || account.disabled) return null;
  return { viewer: await viewerFor(manager, account, today), tokenVersion: account.tokenVersion };
}

function signatureOf(secret: Uint8Array, grant: LinkGrant, accountId: number, tokenVersion: number, expires: number): Buffer {
  const key = createHmac("sha256", secret).update(grant.purpose).digest();
  const fields = ["v1", grant.subject, accountId, tokenVersion, ...(grant.scope ?? []), expires];
  return createHmac("sha256", key).update(fields.join("\n")).digest();
}

/** A link's parameters for the caller's account, valid for `ttlSeconds`; the caller's right to what it names is checked before. */
export async function signLink(ctx: RequestContext, grant: LinkGrant, ttlSeconds: number): Promise<{ parameters: SignedLinkParameters; expiresAt: Date }> {
  const accountId = ctx.viewer.account?.id;
  const signer = accountId === undefined ? null : await signedLinkAccount(ctx.manager, accountId, ctx.today());
  if (accountId === undefined || !signer) throw unauthenticated();
  const expires = Math.floor(ctx.now().getTime() / 1000) + ttlSeconds;
  const signature = signatureOf(ctx.settings.auth.jwtSecret, grant, accountId, signer.tokenVersion, expires);
  return {
    parameters: { account: toGlobalId("UserAccount", accountId), expires: String(expires), signature: signature.toString("base64url") },
    expiresAt: new Date(expires * 1000),
  };
}

/**
 * The request a link grants, checked: the signature over what the URL names (in constant time, and
 * the same work whether the account exists or not), the account (still there, not disabled, not
 * signed out everywhere since) and the expiry. Returns the request acting as that account; what it
 * may read is checked as for any request. `grant` null: the URL names nothing valid (refused alike).
 */
export async function verifyLink(base: RequestContext, grant: LinkGrant | null, link: SignedLinkParameters, refusals: LinkRefusals): Promise<RequestContext> {
  const invalid = () => new CatalogError(CommonErrorCode.UNAUTHENTICATED, refusals.invalid, { field: "signature" });
  const expires = /^\d{1,12}$/.test(link.expires) ? Number(link.expires) : NaN;
  const given = /^[A-Za-z0-9_-]{43}$/.test(link.signature) ? Buffer.from(link.signature, "base64url") : null;
  let accountId: number;
  try {
    const account = parseGlobalId(link.account, "account");
    if (account.type !== "UserAccount") throw invalid();
    accountId = account.rowId;
  } catch {
    throw invalid();
  }
  if (!grant || !given || Number.isNaN(expires)) throw invalid();
  const signer = await signedLinkAccount(base.manager, accountId, base.today());
  const expected = signatureOf(base.settings.auth.jwtSecret, grant, accountId, signer?.tokenVersion ?? -1, expires);
  if (!signer || given.length !== expected.length || !timingSafeEqual(expected, given)) throw invalid();
  if (expires * 1000 <= base.now().getTime()) throw new CatalogError(CommonErrorCode.UNAUTHENTICATED, refusals.expired, { field: "expires" });
  return base.as(signer.viewer);
}
