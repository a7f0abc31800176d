import { createEndpointResolver } from "../../endpoint/createEndpointResolver.js";
import { ruleSet } from "./ruleset.js";

/** Evaluates the SSO OIDC endpoint rule set (`https://oidc.{Region}.{dnsSuffix}` and its FIPS and dual-stack forms). */
export const defaultEndpointResolver = createEndpointResolver(ruleSet);
