import { MigrationInterface, QueryRunner, Table, TableForeignKey, TableIndex } from "typeorm";

const references = (column: string, table: string) =>
  new TableForeignKey({ columnNames: [column], referencedTableName: table, referencedColumnNames: ["id"], onDelete: "RESTRICT", onUpdate: "NO ACTION" });

/** DOMAIN §6, 年度述职报告: each unit CDO's annual report and the district's deadline per year. */
export class AnnualReports1764260000000 implements MigrationInterface {
  name = "AnnualReports1764260000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: "annual_reports",
        columns: [
          { name: "id", type: "integer", isPrimary: true, isGenerated: true, generationStrategy: "increment" },
          { name: "unit_id", type: "integer" },
          { name: "year", type: "integer" },
          { name: "cdo_person_id", type: "integer" },
          { name: "status", type: "varchar", length: "16" },
          { name: "first_submitted_at", type: "datetime", isNullable: true },
          { name: "submitted_at", type: "datetime", isNullable: true },
          { name: "accepted_at", type: "datetime", isNullable: true },
          { name: "created_at", type: "datetime" },
          { name: "updated_at", type: "datetime" },
        ],
        indices: [new TableIndex({ columnNames: ["unit_id", "year"], isUnique: true }), new TableIndex({ columnNames: ["year", "status"] })],
        foreignKeys: [references("unit_id", "units"), references("cdo_person_id", "persons")],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: "annual_report_deadlines",
        columns: [
          { name: "year", type: "integer", isPrimary: true },
          { name: "due_on", type: "date" },
          { name: "updated_at", type: "datetime" },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable("annual_report_deadlines");
    await queryRunner.dropTable("annual_reports");
  }
}
