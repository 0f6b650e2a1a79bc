/** What the labels query says to people, in Simplified Chinese and English. */
import { text } from "../../common/i18n";

export const LabelsMessages = {
  unknownEnum: (name: string, known: string) =>
    text(`没有名为 ${name} 的带标签枚举（可用：${known}）。`, `No enum with labels is called ${name} (known: ${known}).`),
  tooManyEnums: (max: number) => text(`一次最多查询 ${max} 个枚举。`, `At most ${max} enums at a time.`),
};
