/**
 * Every failure the server answers, as RFC 9457 problem details (application/problem+json): a status, a short
 * title from one table, a detail for this request, and data (the checker's problems, both versions of a
 * conflict). Never a stack trace.
 */
export const PROBLEM_TITLES = {
  "bad-request": "The request is not valid",
  "invalid-report": "The report does not pass the checker",
  unauthorized: "A valid bearer token is required",
  forbidden: "Your token's role may not do this",
  "not-found": "No such resource",
  "precondition-required": "Publishing over an existing report needs If-Match with the version you started from",
  "version-conflict": "The report changed since the version you started from",
  "idempotency-key-reused": "This Idempotency-Key was used for a different request",
  "too-large": "The request body is too large",
  "too-many-requests": "Too many requests",
  "origin-refused": "This origin may not use the library",
  "server-error": "The server could not answer",
} as const;
export type ProblemType = keyof typeof PROBLEM_TITLES;

export const PROBLEM_STATUS: { readonly [T in ProblemType]: number } = {
  "bad-request": 400,
  "invalid-report": 400,
  unauthorized: 401,
  forbidden: 403,
  "not-found": 404,
  "precondition-required": 428,
  "version-conflict": 412,
  "idempotency-key-reused": 422,
  "too-large": 413,
  "too-many-requests": 429,
  "origin-refused": 403,
  "server-error": 500,
};

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail?: string;
  [extra: string]: unknown;
}

/** A failure a service or route throws; the error handler answers it. */
export class Problem extends Error {
  constructor(
    readonly kind: ProblemType,
    readonly detail?: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(detail ?? PROBLEM_TITLES[kind]);
  }

  get status(): number {
    return PROBLEM_STATUS[this.kind];
  }

  body(): ProblemBody {
    return {
      type: `urn:report-data:problem:${this.kind}`,
      title: PROBLEM_TITLES[this.kind],
      status: this.status,
      ...(this.detail ? { detail: this.detail } : {}),
      ...this.extra,
    };
  }
}
