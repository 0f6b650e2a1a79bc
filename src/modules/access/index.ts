/** The access module's front door: accounts, sign-in and what other modules may use of them. */
import { AccessResolver } from "./access.resolver";
import { accessNodeTypes } from "./access.loaders";
import { ApiToken } from "./api-token.entity";
import { LoginThrottle } from "./login-throttle.entity";
import { SignInRate } from "./sign-in-rate.entity";
import { UserAccount } from "./user-account.entity";

export { UserAccount };
export { AccessLoaders } from "./access.loaders";
export * from "./access.enums";
/** Checked: district administrators (the start-up bootstrap and the demo loader act as the system administrator). */
export { authenticate, createAccount } from "./access.service";
/** Signed links (inventory exports, printable reports) act as the account that asked for them: signed and checked here, once. */
export { type LinkGrant, signLink, type SignedLinkParameters, verifyLink } from "./signed-link";
/** An account's roles today (the import command acts as the account it names). */
export { viewerFor } from "./access.service";
export { noteAccountWrite } from "./account-writes";

import { RefreshToken, SignInSession } from "./sign-in-session.entity";

/** Registered by src/schema.ts and src/modules/entities.ts. */
export const resolvers = [AccessResolver];
export const entities = [UserAccount, ApiToken, LoginThrottle, SignInRate, SignInSession, RefreshToken];
export const nodeTypes = accessNodeTypes;
