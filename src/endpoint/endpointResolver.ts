import { createEndpointResolver } from "./createEndpointResolver.js";
import { ruleSet } from "./ruleset.js";

/** Evaluates the SSO portal endpoint rule set (`https://portal.sso.{Region}.{dnsSuffix}` and its forms). */
export const defaultEndpointResolver = createEndpointResolver(ruleSet);
