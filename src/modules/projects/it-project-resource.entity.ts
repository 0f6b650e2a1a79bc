import { Entity, Column, Index, JoinColumn, ManyToOne, PrimaryColumn } from "typeorm";
import { DataResource } from "../inventory";
import { ProjectResourceUsage } from "./projects.enums";
import { ItProject } from "./it-project.entity";

/** A data resource an IT project creates or uses. */
@Entity("it_project_resources")
@Index(["resourceId"])
export class ItProjectResource {
  @PrimaryColumn({ type: "integer" })
  projectId!: number;

  @ManyToOne(() => ItProject, { nullable: false, onDelete: "CASCADE", onUpdate: "NO ACTION" })
  @JoinColumn({ name: "project_id" })
  project?: ItProject;

  @PrimaryColumn({ type: "integer" })
  resourceId!: number;

  @ManyToOne(() => DataResource, { nullable: false, onDelete: "RESTRICT", onUpdate: "NO ACTION" })
  @JoinColumn({ name: "resource_id" })
  resource?: DataResource;

  @Column({ type: "varchar", length: 8 })
  usage!: ProjectResourceUsage;
}
