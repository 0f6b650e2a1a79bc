/** The labels module's front door: the enums' labels as data (the label maps live in each module's messages). */
export { LabelsResolver } from "./labels.resolver";
