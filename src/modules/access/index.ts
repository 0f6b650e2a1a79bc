/** The access module's front door: accounts, sign-in and what other modules may use of them. */
export { UserAccount } from "./user-account.entity";
export { AccessLoaders } from "./access.loaders";
export * from "./access.enums";
