import { Entity, Index, PrimaryColumn } from "typeorm";

/** An item named by a request for only some items of a resource. */
@Entity("sharing_request_items")
@Index(["itemId"])
export class SharingRequestItem {
  @PrimaryColumn({ type: "integer" })
  requestId!: number;

  @PrimaryColumn({ type: "integer" })
  itemId!: number;
}
