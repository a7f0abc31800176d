import { SSOValidationError } from "../../protocols/validate.js";

/**
 * Input checks for the JSON body members, made before anything is sent. Messages name the
 * member and the shape, never the value: several members are secrets.
 */
const describe = (value: unknown): string => (value === null ? "null" : Array.isArray(value) ? "array" : typeof value);

export const bodyString = (value: unknown, member: string, shape: string, required = false): string | undefined => {
  if (value === undefined || value === null) {
    if (required) throw new SSOValidationError(`Missing required member '${member}' in ${shape}.`);
    return undefined;
  }
  if (typeof value !== "string") {
    throw new SSOValidationError(`Member '${member}' in ${shape} must be a string, got ${describe(value)}.`);
  }
  return value;
};

export const bodyStringList = (value: unknown, member: string, shape: string): string[] | undefined => {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value) || value.some((item) => typeof item !== "string")) {
    throw new SSOValidationError(`Member '${member}' in ${shape} must be a list of strings.`);
  }
  return value as string[];
};
