// The error catalogue: every code the API answers with, its status and the
// message a user sees. Routes throw ApiError(code); one handler renders it.
export const ERRORS = {
  BAD_REQUEST: { status: 400, message: 'The request is not valid.' },
  NOT_FOUND: { status: 404, message: 'Nothing exists at this address.' },
  NODE_NOT_FOUND: { status: 404, message: 'No entity has this id.' },
  EDGE_NOT_FOUND: { status: 404, message: 'No relation has this id.' },
  DOCUMENT_NOT_FOUND: { status: 404, message: 'No document has this id.' },
  QUERY_REJECTED: { status: 400, message: 'The query was rejected.' },
  PAYLOAD_TOO_LARGE: { status: 413, message: 'The request body is too large.' },
  STORE_UNAVAILABLE: { status: 503, message: 'The graph store is not available right now; try again shortly.' },
  INTERNAL: { status: 500, message: 'Something went wrong on the server.' },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof ERRORS;

export class ApiError extends Error {
  override name = 'ApiError';
  readonly status: number;
  constructor(readonly code: ErrorCode, message?: string) {
    super(message ?? ERRORS[code].message);
    this.status = ERRORS[code].status;
  }
}
