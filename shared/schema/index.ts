/** Every record schema in one import. */
export * from "./capture";
export * from "./common";
export * from "./criteria-templates";
export * from "./evaluation";
export * from "./issues";
export * from "./phone";
export * from "./review";
export * from "./vendor";
export * from "./vendor-pack";
