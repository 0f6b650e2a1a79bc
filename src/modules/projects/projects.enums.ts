import { registerEnumType } from "type-graphql";

/** Where an informatization project (信息化项目) stands: its latest review round's state, or DRAFT before the first. */
export enum ItProjectStatus {
  DRAFT = "DRAFT",
  SUBMITTED = "SUBMITTED",
  UNDER_REVIEW = "UNDER_REVIEW",
  APPROVED = "APPROVED",
  VETOED = "VETOED",
  WITHDRAWN = "WITHDRAWN",
}

/** Where one review round (审核轮次) stands. APPROVED, VETOED and WITHDRAWN are final. */
export enum ProjectReviewStatus {
  SUBMITTED = "SUBMITTED",
  UNDER_REVIEW = "UNDER_REVIEW",
  APPROVED = "APPROVED",
  VETOED = "VETOED",
  WITHDRAWN = "WITHDRAWN",
}

/** How a project touches a data resource. */
export enum ProjectResourceUsage {
  /** The project builds the resource (its system will produce the data). */
  CREATES = "CREATES",
  /** The project uses an existing resource. */
  USES = "USES",
}

/** The reviewing CDO's verdict on a round. */
export enum ProjectVerdict {
  APPROVE = "APPROVE",
  /** 一票否决: ends the round at once; nothing can approve it afterwards. */
  VETO = "VETO",
}

registerEnumType(ItProjectStatus, {
  name: "ItProjectStatus",
  description: "Where an IT project stands (信息化项目状态): the state of its latest review round, DRAFT before the first submission.",
  valuesConfig: {
    DRAFT: { description: "草稿: not yet submitted." },
    SUBMITTED: { description: "已提交: submitted, waiting for the reviewing CDO to start the review." },
    UNDER_REVIEW: { description: "审核中: the reviewing CDO is reviewing the round." },
    APPROVED: { description: "已通过: the reviewing CDO approved the latest round." },
    VETOED: { description: "已否决: the reviewing CDO vetoed the latest round (一票否决); the unit may revise and resubmit as a new round." },
    WITHDRAWN: { description: "已撤回: the unit withdrew the latest round before a decision; it may revise and resubmit." },
  },
});
registerEnumType(ProjectReviewStatus, {
  name: "ProjectReviewStatus",
  description: "Where one review round stands (审核轮次状态). APPROVED, VETOED and WITHDRAWN are final.",
  valuesConfig: {
    SUBMITTED: { description: "已提交: waiting for the review to start." },
    UNDER_REVIEW: { description: "审核中: being reviewed." },
    APPROVED: { description: "已通过: approved by the reviewing CDO." },
    VETOED: { description: "已否决: vetoed by the reviewing CDO (一票否决); final." },
    WITHDRAWN: { description: "已撤回: withdrawn by the unit before a decision; final." },
  },
});
registerEnumType(ProjectResourceUsage, {
  name: "ProjectResourceUsage",
  description: "How a project touches a data resource.",
  valuesConfig: {
    CREATES: { description: "新建: the project builds the resource." },
    USES: { description: "使用: the project uses an existing resource." },
  },
});
registerEnumType(ProjectVerdict, {
  name: "ProjectVerdict",
  description: "The reviewing CDO's verdict on a review round.",
  valuesConfig: {
    APPROVE: { description: "通过: the project meets the data-governance and sharing requirements." },
    VETO: { description: "否决 (一票否决): ends the round at once; nothing can approve it afterwards." },
  },
});
