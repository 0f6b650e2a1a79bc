import { MigrationInterface, QueryRunner, Table, TableIndex } from "typeorm";

const oldThrottles = new Table({
  name: "login_throttles",
  columns: [
    { name: "username", type: "varchar", length: "64", isPrimary: true },
    { name: "failures", type: "integer", default: 0 },
    { name: "locked_until", type: "datetime", isNullable: true },
    { name: "updated_at", type: "datetime" },
  ],
});

/**
 * Issue #14: failures counted per (username, client) and per username across clients, and
 * per-client sign-in rates. The throttle rows are short-lived counters: the old table is replaced.
 */
export class SignInThrottling1764221400000 implements MigrationInterface {
  name = "SignInThrottling1764221400000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable("login_throttles");
    await queryRunner.createTable(
      new Table({
        name: "login_throttles",
        columns: [
          { name: "username", type: "varchar", length: "64", isPrimary: true },
          { name: "client", type: "varchar", length: "64", isPrimary: true },
          { name: "failures", type: "integer", default: 0 },
          { name: "locked_until", type: "datetime", isNullable: true },
          { name: "updated_at", type: "datetime" },
        ],
        indices: [new TableIndex({ columnNames: ["updated_at"] })],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: "sign_in_rates",
        columns: [
          { name: "client", type: "varchar", length: "64", isPrimary: true },
          { name: "period", type: "varchar", length: "8", isPrimary: true },
          { name: "window_start", type: "datetime" },
          { name: "count", type: "integer", default: 0 },
        ],
        indices: [new TableIndex({ columnNames: ["window_start"] })],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable("sign_in_rates");
    await queryRunner.dropTable("login_throttles");
    await queryRunner.createTable(oldThrottles);
  }
}
