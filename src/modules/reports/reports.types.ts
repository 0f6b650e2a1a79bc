import { DateTimeResolver, LocalDateResolver } from "graphql-scalars";
import { ArgsType, Field, Float, ID, InputType, Int, ObjectType } from "type-graphql";
import { ConnectionArgs, ConnectionType } from "../../common/pagination";
import { AnnualReport } from "./annual-report.entity";
import { AnnualReportSectionKind, AnnualReportStatus } from "./reports.enums";
import type { AnnualReportFigureSnapshot } from "./reports.figures";

export const AnnualReportConnection = ConnectionType("AnnualReport", AnnualReport);

const SCOPE =
  "Counted over the unit and its subordinate units (下属单位), for the calendar year in the district's time zone, unless the field says 'when computed'.";

@ObjectType("AnnualReportFigure", {
  description: "One pre-filled figure, ready to render generically: its label and unit (计量单位) in the request's language, and its value.",
})
export class AnnualReportFigure {
  @Field({ description: "The figure's name in AnnualReportFigures' section (e.g. resourceCount)." })
  key!: string;

  @Field({ description: "指标名称, as a person reads it (e.g. 编目数据资源), in the request's language." })
  label!: string;

  @Field({ description: "计量单位 (e.g. 个, 项, 学时), in the request's language; may be empty." })
  unit!: string;

  @Field(() => Float, { nullable: true, description: "The value; null when there is nothing to measure (no quality score, no decision to time)." })
  value!: number | null;

  @Field({ description: "The value as printed (— when null)." })
  display!: string;
}

@ObjectType("AnnualReportSection", { description: "述职报告的一个部分: the CDO's narrative beside the section's pre-filled figures." })
export class AnnualReportSection {
  @Field(() => AnnualReportSectionKind, { description: "Which section." })
  kind!: AnnualReportSectionKind;

  @Field({ description: "Its printed title (一、数据汇聚 …), in the request's language." })
  title!: string;

  @Field(() => String, { nullable: true, description: "The CDO's narrative (null until written)." })
  narrative!: string | null;

  @Field(() => [AnnualReportFigure], { description: `The section's figures, in printed order. ${SCOPE}` })
  figures!: AnnualReportFigure[];
}

type Snapshot = AnnualReportFigureSnapshot;

@ObjectType("AnnualReportDataAggregationFigures", { description: `一、数据汇聚: the inventory and its quality. ${SCOPE}` })
export class DataAggregationFigures implements Pick<Snapshot["dataAggregation"], keyof Snapshot["dataAggregation"]> {
  @Field(() => Int, { description: "编目数据资源: resources in the inventory (draft or published, not retired) when computed." })
  resourceCount!: number;

  @Field(() => Int, { description: "Of which published, when computed." })
  publishedResourceCount!: number;

  @Field(() => Int, { description: "Of which created in the year." })
  newResourceCount!: number;

  @Field(() => Int, { description: "信息项: the data items of those resources." })
  itemCount!: number;

  @Field(() => Float, { description: "数据量: the sum of those resources' record counts (a whole number; Float because it may pass 2^31)." })
  recordCount!: number;

  @Field(() => Float, {
    nullable: true,
    description: "数据质量综合得分 when computed: the quality module's overall score of the unit (mean of its dimensions); null without measurements.",
  })
  qualityScore!: number | null;

  @Field(() => Int, { description: "How many of the five quality dimensions were below the district's target when computed." })
  qualityDimensionsBelowTarget!: number;

  @Field(() => Int, { description: "数据纠错 reported in the year against the unit's resources." })
  qualityIssuesReported!: number;

  @Field(() => Int, { description: "Of which rectified (RECTIFIED or VERIFIED) when computed." })
  qualityIssuesRectified!: number;
}

@ObjectType("AnnualReportOpenSharingFigures", { description: `二、开放共享: sharing requests the unit decided as provider, and data opened. ${SCOPE}` })
export class OpenSharingFigures implements Pick<Snapshot["openSharing"], keyof Snapshot["openSharing"]> {
  @Field(() => Int, { description: "共享申请 received in the year (the unit as provider)." })
  sharingRequestsReceived!: number;

  @Field(() => Int, { description: "Of which decided (granted or rejected) when computed." })
  sharingRequestsDecided!: number;

  @Field(() => Int, { description: "Of which granted (at once or approved) when computed." })
  sharingRequestsGranted!: number;

  @Field(() => Float, {
    nullable: true,
    description:
      "Median working days of the provider's own decisions made in the year (not the at-once grants), as sharingTurnaround counts them; null without decisions.",
  })
  medianDecisionWorkingDays!: number | null;

  @Field(() => Int, { description: "开放数据集 first published (issued) in the year." })
  openDatasetsPublished!: number;

  @Field(() => Int, { description: "Open datasets still published when computed." })
  openDatasetsOpen!: number;
}

@ObjectType("AnnualReportApplicationInnovationFigures", { description: `三、应用创新: innovation cases and IT projects reviewed. ${SCOPE}` })
export class ApplicationInnovationFigures implements Pick<Snapshot["applicationInnovation"], keyof Snapshot["applicationInnovation"]> {
  @Field(() => Int, { description: "融合创新案例 of the year led by the unit." })
  innovationCases!: number;

  @Field(() => Int, { description: "信息化项目 review rounds decided (approved or vetoed) in the year." })
  itProjectsReviewed!: number;

  @Field(() => Int, { description: "Of which vetoed (一票否决)." })
  itProjectsVetoed!: number;
}

@ObjectType("AnnualReportSecurityProtectionFigures", { description: `四、安全保护: classified and sensitive data, and training. ${SCOPE}` })
export class SecurityProtectionFigures implements Pick<Snapshot["securityProtection"], keyof Snapshot["securityProtection"]> {
  @Field(() => Int, { description: "核心数据 and 重要数据 resources in the inventory when computed." })
  classifiedResources!: number;

  @Field(() => Int, { description: "Resources carrying a sensitivity flag (国家利益, 公共安全, 商业秘密, 个人隐私) when computed." })
  sensitiveResources!: number;

  @Field(() => Int, { description: "Data items holding personal information when computed." })
  personalInformationItems!: number;

  @Field(() => Int, { description: "培训 sessions the unit held in the year." })
  trainingSessions!: number;

  @Field(() => Float, { description: "Their hours in total (exact to two decimals)." })
  trainingHours!: number;

  @Field(() => Int, { description: "Of which on data security (数据安全)." })
  dataSecurityTrainingSessions!: number;
}

@ObjectType("AnnualReportFigures", {
  description: `The report's pre-filled figures as typed fields: computed on creation and on refresh while a draft, frozen on submission. ${SCOPE}`,
})
export class AnnualReportFigures {
  @Field(() => DateTimeResolver, { description: "When they were computed from the catalog." })
  computedAt!: Date;

  @Field({ description: "True once submitted: the figures are what was submitted, whatever the catalog does afterwards." })
  frozen!: boolean;

  @Field(() => DataAggregationFigures, { description: "一、数据汇聚, data aggregation: the inventory and its quality." })
  dataAggregation!: DataAggregationFigures;

  @Field(() => OpenSharingFigures, { description: "二、开放共享, open sharing: requests decided and data opened." })
  openSharing!: OpenSharingFigures;

  @Field(() => ApplicationInnovationFigures, { description: "三、应用创新, application innovation: cases and IT project reviews." })
  applicationInnovation!: ApplicationInnovationFigures;

  @Field(() => SecurityProtectionFigures, { description: "四、安全保护, security protection: classified data and training." })
  securityProtection!: SecurityProtectionFigures;
}

@ObjectType("AnnualReportPrintLink", { description: "A short-lived link to the printable report (A4 HTML) that a browser can open without the bearer token." })
export class AnnualReportPrintLink {
  @Field({ description: "The page's path with its signature (relative to the server)." })
  url!: string;

  @Field(() => DateTimeResolver, { description: "When the link stops working." })
  expiresAt!: Date;
}

@InputType("CreateAnnualReportInput", { description: "年度述职报告 of a unit for a year." })
export class CreateAnnualReportInput {
  @Field(() => ID, { description: "The unit (its CDO in office creates the report)." })
  unitId!: string;

  @Field(() => Int, { description: "The year reported on, 2000 to the current year (one report per unit and year)." })
  year!: number;
}

@InputType("UpdateAnnualReportInput", {
  description: "The CDO's text: a field left out stays as it is; an empty one is cleared. Each at most 8000 characters.",
})
export class UpdateAnnualReportInput {
  @Field(() => ID, { description: "The report." })
  id!: string;

  @Field(() => String, { nullable: true, description: "一、数据汇聚: the narrative." })
  dataAggregation?: string | null;

  @Field(() => String, { nullable: true, description: "二、开放共享: the narrative." })
  openSharing?: string | null;

  @Field(() => String, { nullable: true, description: "三、应用创新: the narrative." })
  applicationInnovation?: string | null;

  @Field(() => String, { nullable: true, description: "四、安全保护: the narrative." })
  securityProtection?: string | null;

  @Field(() => String, { nullable: true, description: "工作建议: the work suggestions." })
  suggestions?: string | null;
}

@InputType("AnnualReportFilter", { description: "Which reports." })
export class AnnualReportFilter {
  @Field(() => Int, { nullable: true, description: "Of this year." })
  year?: number | null;

  @Field(() => AnnualReportStatus, { nullable: true, description: "In this state." })
  status?: AnnualReportStatus | null;

  @Field(() => ID, { nullable: true, description: "Of this unit and its descendants." })
  unitId?: string | null;
}

@ArgsType()
export class AnnualReportsArgs extends ConnectionArgs {
  @Field(() => AnnualReportFilter, { nullable: true, description: "Which reports; all you may read by default." })
  filter?: AnnualReportFilter;
}

@ArgsType()
export class SetAnnualReportDeadlineArgs {
  @Field(() => Int, { description: "The year reported on (up to next year)." })
  year!: number;

  @Field(() => LocalDateResolver, { description: "The last day (district date) a report may first be submitted on time: within the year or the next." })
  dueOn!: string;
}
