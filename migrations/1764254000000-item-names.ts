import { MigrationInterface, QueryRunner, TableIndex } from "typeorm";

/** Issue 13: the catalog search finds a word's items through their names (distinct names, then their resources) from an index. */
export class ItemNames1764254000000 implements MigrationInterface {
  name = "ItemNames1764254000000";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createIndex("data_items", new TableIndex({ columnNames: ["name", "resource_id"] }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const table = await queryRunner.getTable("data_items");
    const index = table!.indices.find((i) => i.columnNames.join() === "name,resource_id");
    await queryRunner.dropIndex("data_items", index!);
  }
}
