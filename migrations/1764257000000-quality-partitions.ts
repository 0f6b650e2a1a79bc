import { MigrationInterface, QueryRunner, TableIndex } from "typeorm";
import { addMonths, partitionByMonth, PARTITIONED_TABLES } from "../src/modules/quality/quality-partitions";

const dayIndex = (columns: string[]) => columns.length === 1 && columns[0] === "day";

/**
 * Issue #16, "Big tables": the quality time series partitioned by month on MySQL/MariaDB
 * (src/modules/quality/quality-partitions.ts). The raw measurements' primary key becomes
 * (id, day), as a partitioned table's unique keys must hold the partition column; the roll-ups'
 * keys already end in day. The index on the raw rows' day goes on both databases: partitions
 * replace it on MySQL, and nothing reads the raw rows by day alone. SQLite keeps its tables
 * unpartitioned. The months from the oldest stored day to the current month are made here; the
 * server adds the months ahead on start (at most three years back; older rows share the first).
 */
export class QualityPartitions1764257000000 implements MigrationInterface {
  name = "QualityPartitions1764257000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    const table = await queryRunner.getTable("quality_measurements");
    const index = table?.indices.find((i) => dayIndex(i.columnNames));
    if (index) await queryRunner.dropIndex("quality_measurements", index);
    if (queryRunner.connection.options.type === "better-sqlite3") return;
    await queryRunner.query("ALTER TABLE quality_measurements DROP PRIMARY KEY, ADD PRIMARY KEY (id, day)");
    const thisMonth = new Date().toISOString().slice(0, 7);
    for (const name of PARTITIONED_TABLES) {
      const [{ oldest }] = await queryRunner.query(`SELECT MIN(day) AS oldest FROM ${name}`);
      const from = oldest ? String(oldest instanceof Date ? oldest.toISOString() : oldest).slice(0, 7) : thisMonth;
      // At most three years of months: anything older stays in the first partition.
      const first = [from, addMonths(thisMonth, -36)].sort()[1];
      await queryRunner.query(`ALTER TABLE ${name} ${partitionByMonth(first < thisMonth ? first : thisMonth, thisMonth)}`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    if (queryRunner.connection.options.type !== "better-sqlite3") {
      for (const name of PARTITIONED_TABLES) await queryRunner.query(`ALTER TABLE ${name} REMOVE PARTITIONING`);
      await queryRunner.query("ALTER TABLE quality_measurements DROP PRIMARY KEY, ADD PRIMARY KEY (id)");
    }
    await queryRunner.createIndex("quality_measurements", new TableIndex({ columnNames: ["day"] }));
  }
}
