import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from "typeorm";
import { DataItem } from "../inventory";
import { SharingRequest } from "./sharing-request.entity";

/** An item named by a request for only some items of a resource. */
@Entity("sharing_request_items")
@Index(["itemId"])
export class SharingRequestItem {
  @PrimaryColumn({ type: "integer" })
  requestId!: number;

  @ManyToOne(() => SharingRequest, { nullable: false, onDelete: "CASCADE", onUpdate: "NO ACTION" })
  @JoinColumn({ name: "request_id" })
  request?: SharingRequest;

  @PrimaryColumn({ type: "integer" })
  itemId!: number;

  @ManyToOne(() => DataItem, { nullable: false, onDelete: "CASCADE", onUpdate: "NO ACTION" })
  @JoinColumn({ name: "item_id" })
  item?: DataItem;
}
