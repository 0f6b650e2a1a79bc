import { registerEnumType } from "type-graphql";

/** 培训主题 (DOMAIN §5): the policy's three topics. */
export enum TrainingTopic {
  DIGITAL_LITERACY = "DIGITAL_LITERACY",
  DIGITAL_SKILLS = "DIGITAL_SKILLS",
  DATA_SECURITY = "DATA_SECURITY",
}

/** 培训形式 of the district plan: technical exchange or business training. */
export enum TrainingFormat {
  TECHNICAL_EXCHANGE = "TECHNICAL_EXCHANGE",
  BUSINESS_TRAINING = "BUSINESS_TRAINING",
}

registerEnumType(TrainingTopic, {
  name: "TrainingTopic",
  description: "培训主题: digital literacy, digital skills or data security.",
  valuesConfig: {
    DIGITAL_LITERACY: { description: "数字素养: digital literacy." },
    DIGITAL_SKILLS: { description: "数字技能: digital skills." },
    DATA_SECURITY: { description: "数据安全: data security." },
  },
});

registerEnumType(TrainingFormat, {
  name: "TrainingFormat",
  description: "培训形式: technical exchange or business training.",
  valuesConfig: {
    TECHNICAL_EXCHANGE: { description: "技术交流: technical exchange." },
    BUSINESS_TRAINING: { description: "业务培训: business training." },
  },
});
