/** What the audit module says to people, in Simplified Chinese and English. */
import { text } from "../../common/i18n";

export const AuditMessages = {
  // What district administrators alone may do (the verb phrase of "只有区级管理员可以…")
  readTrail: text("查看审计记录", "read the audit trail"),
  exportTrail: text("导出审计记录", "export the audit trail"),
  toBeforeFrom: text("结束时间（to）须晚于开始时间（from）。", "to must be after from."),
};
