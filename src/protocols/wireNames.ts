/** Model member → wire name (smithy.api#httpHeader / smithy.api#httpQuery), in one place. */
export const WIRE_NAMES = {
  accessToken: "x-amz-sso_bearer_token",
  accountId: "account_id",
  roleName: "role_name",
  nextToken: "next_token",
  maxResults: "max_result",
} as const;
