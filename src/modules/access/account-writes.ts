import type { DataSource } from "typeorm";
import { inTransaction } from "../../common/transaction";
import { UserAccount } from "./user-account.entity";

/**
 * Read-your-writes across server processes: the time of an account's last mutation, on the primary.
 * Every process reads it with the caller's token (authentication reads the primary), so whichever
 * answers the caller next keeps its reads on the primary for READ_YOUR_WRITES_SECONDS.
 */
export async function noteAccountWrite(dataSource: DataSource, accountId: number, at: Date): Promise<void> {
  await inTransaction(dataSource, (tx) => tx.update(UserAccount, { id: accountId }, { lastWriteAt: at }));
}
