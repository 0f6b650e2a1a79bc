import { MigrationInterface, QueryRunner, TableColumn } from "typeorm";

/**
 * The findings sweep in bounded batches: each open occurrence carries the id of the last sweep that
 * saw it, so a sweep tells the occurrences whose finding is gone without holding the ledger in memory.
 */
export class FindingSweepMark1764266400000 implements MigrationInterface {
  name = "FindingSweepMark1764266400000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn("finding_occurrences", new TableColumn({ name: "seen_by_sweep", type: "varchar", length: "36", isNullable: true }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE finding_occurrences DROP COLUMN seen_by_sweep");
  }
}
