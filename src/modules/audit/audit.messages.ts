/** What the audit module says to people, in Simplified Chinese and English. */
import { registerEnumLabels } from "../../common/enum-labels";
import { text } from "../../common/i18n";

export const AuditMessages = {
  // What district administrators alone may do (the verb phrase of "只有区级管理员可以…")
  readTrail: text("查看审计记录", "read the audit trail"),
  exportTrail: text("导出审计记录", "export the audit trail"),
  toBeforeFrom: text("结束时间（to）须晚于开始时间（from）。", "to must be after from."),
};

/**
 * 操作: what an audit entry records was done — the mutation's name (or `system` for the server's
 * own writes). Every mutation of the schema has a label here (test/platform/languages.test.ts).
 */
registerEnumLabels("AuditOperation", {
  acceptQualityIssue: text("受理数据纠错", "Accept a quality issue"),
  appoint: text("任命", "Appoint"),
  approveSharingRequest: text("批准共享申请", "Approve a sharing request"),
  changePassword: text("修改密码", "Change password"),
  createAccount: text("创建账号", "Create an account"),
  createDataResource: text("新增数据资源", "Create a data resource"),
  createFunction: text("新增职能", "Create a function"),
  createItProject: text("新建信息化项目", "Create an IT project"),
  createPerson: text("新增人员", "Create a person"),
  createQualityRule: text("新增质量规则", "Create a quality rule"),
  createUnit: text("新增单位", "Create a unit"),
  endAppointment: text("结束任职", "End an appointment"),
  importInventory: text("导入职能数据清单", "Import an inventory"),
  issueApiToken: text("签发 API 令牌", "Issue an API token"),
  login: text("登录", "Sign in"),
  publishOpenDataset: text("发布开放数据集", "Publish an open dataset"),
  recordOpenDataUsage: text("记录开放数据使用量", "Record open-data usage"),
  recordProjectVerdict: text("记录项目审核结论", "Record a project verdict"),
  recordQualityMeasurements: text("记录质量测量", "Record quality measurements"),
  recordSharingUsage: text("记录共享使用量", "Record sharing usage"),
  rectifyQualityIssue: text("整改数据纠错", "Rectify a quality issue"),
  refreshSession: text("续期会话", "Refresh a session"),
  rejectQualityIssue: text("驳回数据纠错", "Reject a quality issue"),
  rejectSharingRequest: text("驳回共享申请", "Reject a sharing request"),
  removeWorkingDayException: text("删除调休安排", "Remove a working-day exception"),
  reopenQualityIssue: text("重新打开数据纠错", "Reopen a quality issue"),
  reportQualityIssue: text("提交数据纠错", "Report a quality issue"),
  requestSharing: text("申请共享", "Request sharing"),
  retireDataResource: text("退役数据资源", "Retire a data resource"),
  revokeApiToken: text("撤销 API 令牌", "Revoke an API token"),
  revokeSharingGrant: text("撤销共享授权", "Revoke a sharing grant"),
  setWorkingDayException: text("设置调休安排", "Set a working-day exception"),
  signOut: text("退出登录", "Sign out"),
  signOutEverywhere: text("在所有设备退出登录", "Sign out everywhere"),
  startProjectReview: text("开始项目审核", "Start a project review"),
  submitItProject: text("申报信息化项目", "Submit an IT project"),
  system: text("系统", "System"),
  updateAccount: text("修改账号", "Update an account"),
  updateDataResource: text("修改数据资源", "Update a data resource"),
  updateItProject: text("修改信息化项目", "Update an IT project"),
  updatePerson: text("修改人员", "Update a person"),
  updateQualityRule: text("修改质量规则", "Update a quality rule"),
  verifyQualityIssue: text("验证数据纠错", "Verify a quality issue"),
  withdrawItProject: text("撤回信息化项目", "Withdraw an IT project"),
  withdrawOpenDataset: text("撤回开放数据集", "Withdraw an open dataset"),
});

/** 对象类型: the kind of record an audit entry is about. */
registerEnumLabels("AuditTargetType", {
  ApiToken: text("API 令牌", "API token"),
  Appointment: text("任职", "Appointment"),
  DataItem: text("信息项", "Data item"),
  DataResource: text("数据资源", "Data resource"),
  Function: text("职能", "Function"),
  ItProject: text("信息化项目", "IT project"),
  OpenDataset: text("开放数据集", "Open dataset"),
  Person: text("人员", "Person"),
  ProjectReview: text("项目审核轮次", "Project review round"),
  QualityIssue: text("数据纠错", "Quality issue"),
  QualityMeasurement: text("质量测量", "Quality measurement"),
  QualityRule: text("质量规则", "Quality rule"),
  SharingGrant: text("共享授权", "Sharing grant"),
  SharingRequest: text("共享申请", "Sharing request"),
  SharingUsageRecord: text("共享使用记录", "Sharing usage record"),
  Unit: text("单位", "Unit"),
  UserAccount: text("账号", "User account"),
  WorkingDayException: text("调休安排", "Working-day exception"),
});
