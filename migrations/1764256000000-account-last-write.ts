import { MigrationInterface, QueryRunner, TableColumn } from "typeorm";

/**
 * Issue 16, reads on replicas: when an account last wrote, so its next reads within
 * READ_YOUR_WRITES_SECONDS go to the primary from whichever server process answers them.
 */
export class AccountLastWrite1764256000000 implements MigrationInterface {
  name = "AccountLastWrite1764256000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn("user_accounts", new TableColumn({ name: "last_write_at", type: "datetime", isNullable: true }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Plain SQL on both: TypeORM's SQLite dropColumn rebuilds the table, which the accounts' foreign keys refuse.
    await queryRunner.query("ALTER TABLE user_accounts DROP COLUMN last_write_at");
  }
}
