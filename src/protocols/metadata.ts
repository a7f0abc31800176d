import type { HttpResponse, ResponseMetadata } from "@smithy/types";

import { getHeader } from "./headers.js";

/** `$metadata` as read off one response; the retry middleware adds attempts and delay. */
export const deserializeMetadata = (response: HttpResponse): ResponseMetadata => ({
  httpStatusCode: response.statusCode,
  requestId:
    getHeader(response.headers, "x-amzn-requestid") ??
    getHeader(response.headers, "x-amzn-request-id") ??
    getHeader(response.headers, "x-amz-request-id"),
  extendedRequestId: getHeader(response.headers, "x-amz-id-2"),
  cfId: getHeader(response.headers, "x-amz-cf-id"),
});
