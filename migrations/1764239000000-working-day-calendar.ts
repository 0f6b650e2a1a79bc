import { MigrationInterface, QueryRunner, Table, TableIndex } from "typeorm";

/** The district's working-day calendar: dated exceptions to the Monday–Friday week (调休). */
export class WorkingDayCalendar1764239000000 implements MigrationInterface {
  name = "WorkingDayCalendar1764239000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: "working_day_exceptions",
        columns: [
          { name: "id", type: "integer", isPrimary: true, isGenerated: true, generationStrategy: "increment" },
          { name: "date", type: "date" },
          { name: "kind", type: "varchar", length: "16" },
          { name: "name", type: "varchar", length: "100" },
          { name: "created_at", type: "datetime" },
          { name: "updated_at", type: "datetime" },
        ],
        indices: [new TableIndex({ columnNames: ["date"], isUnique: true })],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable("working_day_exceptions");
  }
}
