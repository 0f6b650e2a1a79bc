import type { ApolloServerPlugin } from "@apollo/server";
import type { RequestContext } from "../common/context";
import { CommonErrorCode } from "../common/errors";
import { logger } from "../common/logger";
import { PrimaryReadReason, Replica, ReplicaSet } from "../database/replicas";
import { noteAccountWrite } from "../modules/access";

/**
 * Where a request reads (DATABASE_REPLICA_URLS): a mutation, and everything its caller reads for
 * READ_YOUR_WRITES_SECONDS after it, on the primary; other reads on a usable replica in turn, or
 * the primary when none is. Returns the replica chosen, or why the primary reads.
 */
export function routeReads(replicas: ReplicaSet, ctx: RequestContext, mutation = false): Replica | PrimaryReadReason {
  const lastWrite = ctx.viewer.account?.lastWriteAt;
  const reason: PrimaryReadReason | null = mutation
    ? "mutation"
    : lastWrite && ctx.now().getTime() - lastWrite.getTime() < replicas.settings.readYourWritesSeconds * 1000
      ? "read-your-writes"
      : null;
  const replica = reason ? null : replicas.next();
  if (!replica) {
    replicas.primaryReads[reason ?? "no-usable-replica"] += 1;
    return reason ?? "no-usable-replica";
  }
  replica.reads += 1;
  ctx.readOn(replica.dataSource!.manager);
  return replica;
}

/** `x-read-from`: "replica-N" (its place in DATABASE_REPLICA_URLS) or "primary; <why>" (non-production, like x-sql-statements). */
function readFrom(replicas: ReplicaSet, where: Replica | PrimaryReadReason): string {
  return typeof where === "string" ? `primary; ${where}` : `replica-${replicas.replicas.indexOf(where) + 1}`;
}

/** The GraphQL side of the routing: decided once the operation's type is known, recorded after a mutation. */
export function replicaRouting(replicas: ReplicaSet, { exposeHeader }: { exposeHeader: boolean }): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      let where: Replica | PrimaryReadReason | undefined;
      return {
        async didResolveOperation({ operation, contextValue }) {
          where = routeReads(replicas, contextValue, operation?.operation === "mutation");
        },
        async willSendResponse({ contextValue, response }) {
          if (!where) return;
          if (exposeHeader) response.http.headers.set("x-read-from", readFrom(replicas, where));
          const account = contextValue.viewer.account;
          if (where === "mutation" && account && account.id > 0) {
            // Before the answer leaves: the caller's next request, on any process, reads the primary.
            await noteAccountWrite(contextValue.dataSource, account.id, contextValue.now()).catch((error: Error) =>
              logger.warn("could not record the account's write for read-your-writes", { requestId: contextValue.requestId, error: error.message }),
            );
          }
          const errors = response.body.kind === "single" ? response.body.singleResult.errors : undefined;
          if (typeof where !== "string" && errors?.some((e) => e.extensions?.code === CommonErrorCode.SERVICE_UNAVAILABLE)) {
            replicas.lost(where, new Error("a read on the replica went unanswered"));
          }
        },
      };
    },
  };
}
