/** The flow analysis: see flows/index.ts (one module per mechanism, a registry derived from them). */
export * from "./flows/index";
