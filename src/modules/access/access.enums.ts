import { registerEnumType } from "type-graphql";

export enum AccountKind {
  /** A person signing in with a password or the district's single sign-on. */
  PERSON = "PERSON",
  /** An integration calling with long-lived API tokens. */
  SERVICE = "SERVICE",
}

registerEnumType(AccountKind, {
  name: "AccountKind",
  description: "Who signs in with an account: a person or an integration.",
  valuesConfig: {
    PERSON: { description: "A person signing in with a password or the district's single sign-on." },
    SERVICE: { description: "An integration calling with long-lived API tokens." },
  },
});
