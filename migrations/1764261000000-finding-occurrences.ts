import { MigrationInterface, QueryRunner, Table, TableIndex } from "typeorm";

/** DOMAIN §6: the findings ledger (问题台账), one row per occurrence of a finding, kept by the daily sweep. */
export class FindingOccurrences1764261000000 implements MigrationInterface {
  name = "FindingOccurrences1764261000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: "finding_occurrences",
        columns: [
          { name: "id", type: "integer", isPrimary: true, isGenerated: true, generationStrategy: "increment" },
          { name: "finding_key", type: "varchar", length: "120" },
          { name: "kind", type: "varchar", length: "32" },
          { name: "severity", type: "varchar", length: "8" },
          { name: "unit_id", type: "integer" },
          { name: "subject_ref", type: "varchar", length: "64" },
          { name: "since", type: "date", isNullable: true },
          { name: "first_seen_on", type: "date" },
          { name: "last_seen_on", type: "date" },
          { name: "resolved_on", type: "date", isNullable: true },
          { name: "open_key", type: "varchar", length: "120", isNullable: true },
          { name: "created_at", type: "datetime" },
          { name: "updated_at", type: "datetime" },
        ],
        indices: [
          new TableIndex({ columnNames: ["finding_key", "resolved_on"] }),
          new TableIndex({ columnNames: ["unit_id", "first_seen_on"] }),
          new TableIndex({ columnNames: ["resolved_on"] }),
          new TableIndex({ columnNames: ["open_key"], isUnique: true }),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable("finding_occurrences");
  }
}
