import { MigrationInterface, QueryRunner, Table, TableForeignKey, TableIndex } from "typeorm";

const id = { name: "id", type: "integer", isPrimary: true, isGenerated: true, generationStrategy: "increment" as const };
const restrict = { onDelete: "RESTRICT", onUpdate: "NO ACTION" };

/** Issue 12 point 10: sign-in sessions with rotating refresh tokens (one family per sign-in). */
export class SignInSessions1764230000000 implements MigrationInterface {
  name = "SignInSessions1764230000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: "sign_in_sessions",
        columns: [
          id,
          { name: "account_id", type: "integer" },
          { name: "token_version", type: "integer" },
          { name: "created_at", type: "datetime" },
          { name: "expires_at", type: "datetime" },
          { name: "last_refreshed_at", type: "datetime" },
          { name: "ended_at", type: "datetime", isNullable: true },
          { name: "end_reason", type: "varchar", length: "24", isNullable: true },
        ],
        indices: [new TableIndex({ columnNames: ["account_id"] })],
        foreignKeys: [new TableForeignKey({ columnNames: ["account_id"], referencedTableName: "user_accounts", referencedColumnNames: ["id"], ...restrict })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: "refresh_tokens",
        columns: [
          id,
          { name: "session_id", type: "integer" },
          { name: "secret_hash", type: "varchar", length: "64" },
          { name: "created_at", type: "datetime" },
          { name: "expires_at", type: "datetime" },
          { name: "retired_at", type: "datetime", isNullable: true },
        ],
        indices: [new TableIndex({ columnNames: ["session_id"] }), new TableIndex({ columnNames: ["secret_hash"], isUnique: true })],
        foreignKeys: [
          new TableForeignKey({ columnNames: ["session_id"], referencedTableName: "sign_in_sessions", referencedColumnNames: ["id"], ...restrict }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable("refresh_tokens");
    await queryRunner.dropTable("sign_in_sessions");
  }
}
