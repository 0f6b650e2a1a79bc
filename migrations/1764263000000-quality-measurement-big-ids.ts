import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Issue #8, province scale: `quality_measurements.id` was a 32-bit INT (2,147,483,647 rows, a few
 * years of a province's measurements). MySQL/MariaDB: BIGINT, keeping AUTO_INCREMENT and the
 * partitioned table's primary key (id, day); the table is rebuilt, so on a large table run it in a
 * maintenance window. SQLite: the column is already `INTEGER PRIMARY KEY`, the 64-bit rowid, so there
 * is nothing to change. No other column holds a measurement id (the roll-ups are keyed by resource,
 * unit and day; audit entries name the provider unit).
 */
export class QualityMeasurementBigIds1764263000000 implements MigrationInterface {
  name = "QualityMeasurementBigIds1764263000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type === "better-sqlite3") return;
    await queryRunner.query("ALTER TABLE quality_measurements MODIFY id BIGINT NOT NULL AUTO_INCREMENT");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type === "better-sqlite3") return;
    await queryRunner.query("ALTER TABLE quality_measurements MODIFY id INT NOT NULL AUTO_INCREMENT");
  }
}
