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
          // The CDO's text per section (述职内容) and work suggestions (工作建议).
          { name: "data_aggregation_text", type: "text", isNullable: true },
          { name: "open_sharing_text", type: "text", isNullable: true },
          { name: "application_innovation_text", type: "text", isNullable: true },
          { name: "security_protection_text", type: "text", isNullable: true },
          { name: "suggestions", type: "text", isNullable: true },
          // The pre-filled figures (JSON, the reports module's AnnualReportFigureSnapshot), frozen on submission.
          { name: "figures", type: "text" },
          { name: "figures_computed_at", type: "datetime" },
          { name: "created_at", type: "datetime" },
          { name: "updated_at", type: "datetime" },
        ],
        indices: [new TableIndex({ columnNames: ["unit_id", "year"], isUnique: true }), new TableIndex({ columnNames: ["year", "status"] })],
        foreignKeys: [references("unit_id", "units"), references("cdo_person_id", "persons")],
      }),
    );
    // The review history: each submission, return (with comments) and acceptance.
    await queryRunner.createTable(
      new Table({
        name: "annual_report_reviews",
        columns: [
          { name: "id", type: "integer", isPrimary: true, isGenerated: true, generationStrategy: "increment" },
          { name: "report_id", type: "integer" },
          { name: "action", type: "varchar", length: "16" },
          { name: "actor_account_id", type: "integer", isNullable: true },
          { name: "actor_person_id", type: "integer", isNullable: true },
          { name: "actor_username", type: "varchar", length: "100" },
          { name: "comments", type: "text", isNullable: true },
          { name: "occurred_at", type: "datetime" },
        ],
        indices: [new TableIndex({ columnNames: ["report_id", "id"] })],
        foreignKeys: [
          new TableForeignKey({
            columnNames: ["report_id"],
            referencedTableName: "annual_reports",
            referencedColumnNames: ["id"],
            onDelete: "CASCADE",
            onUpdate: "NO ACTION",
          }),
          references("actor_person_id", "persons"),
        ],
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
    await queryRunner.dropTable("annual_report_reviews");
    await queryRunner.dropTable("annual_reports");
  }
}
