export * from "./enums";
export * from "./history";
export * from "./meetings";
export * from "./projects";
export * from "./relations";
export * from "./security";
export * from "./users";
export * from "./visits";
