export * from "./models_0.js";
