import { MigrationInterface, QueryRunner, Table, TableForeignKey, TableIndex } from "typeorm";

const id = { name: "id", type: "integer", isPrimary: true, isGenerated: true, generationStrategy: "increment" as const };
const timestamps = [
  { name: "created_at", type: "datetime" },
  { name: "updated_at", type: "datetime" },
];
const restrict = { onDelete: "RESTRICT", onUpdate: "NO ACTION" };

/** DOMAIN §7: accounts, API tokens, sign-in throttling, and the append-only audit trail. */
export class AccessAndAudit1764190000000 implements MigrationInterface {
  name = "AccessAndAudit1764190000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: "user_accounts",
        columns: [
          id,
          { name: "username", type: "varchar", length: "64" },
          { name: "kind", type: "varchar", length: "16" },
          { name: "person_id", type: "integer", isNullable: true },
          { name: "password_hash", type: "varchar", length: "255", isNullable: true },
          { name: "district_administrator", type: "boolean", default: 0 },
          { name: "analyst", type: "boolean", default: 0 },
          { name: "disabled", type: "boolean", default: 0 },
          { name: "token_version", type: "integer", default: 0 },
          ...timestamps,
        ],
        indices: [new TableIndex({ columnNames: ["username"], isUnique: true })],
        foreignKeys: [new TableForeignKey({ columnNames: ["person_id"], referencedTableName: "persons", referencedColumnNames: ["id"], ...restrict })],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: "api_tokens",
        columns: [
          id,
          { name: "account_id", type: "integer" },
          { name: "name", type: "varchar", length: "128" },
          { name: "prefix", type: "varchar", length: "16" },
          { name: "secret_hash", type: "varchar", length: "64" },
          { name: "expires_at", type: "datetime", isNullable: true },
          { name: "last_used_at", type: "datetime", isNullable: true },
          { name: "revoked_at", type: "datetime", isNullable: true },
          ...timestamps,
        ],
        indices: [new TableIndex({ columnNames: ["account_id"] }), new TableIndex({ columnNames: ["secret_hash"], isUnique: true })],
        foreignKeys: [new TableForeignKey({ columnNames: ["account_id"], referencedTableName: "user_accounts", referencedColumnNames: ["id"], ...restrict })],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: "login_throttles",
        columns: [
          { name: "username", type: "varchar", length: "64", isPrimary: true },
          { name: "failures", type: "integer", default: 0 },
          { name: "locked_until", type: "datetime", isNullable: true },
          { name: "updated_at", type: "datetime" },
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: "audit_entries",
        columns: [
          id,
          { name: "occurred_at", type: "datetime" },
          { name: "request_id", type: "varchar", length: "64" },
          { name: "actor_account_id", type: "integer", isNullable: true },
          { name: "actor_username", type: "varchar", length: "64" },
          { name: "actor_role", type: "varchar", length: "40", isNullable: true },
          { name: "unit_id", type: "integer", isNullable: true },
          { name: "operation", type: "varchar", length: "64" },
          { name: "target_type", type: "varchar", length: "40" },
          { name: "target_id", type: "integer" },
          { name: "changes", type: "text" },
        ],
        indices: [
          new TableIndex({ columnNames: ["occurred_at"] }),
          new TableIndex({ columnNames: ["actor_account_id"] }),
          new TableIndex({ columnNames: ["unit_id"] }),
          new TableIndex({ columnNames: ["target_type", "target_id"] }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable("audit_entries");
    await queryRunner.dropTable("login_throttles");
    await queryRunner.dropTable("api_tokens");
    await queryRunner.dropTable("user_accounts");
  }
}
