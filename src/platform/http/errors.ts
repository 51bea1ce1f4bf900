/**
 * The one place domain errors and request validation errors become HTTP
 * answers: JSON naming the field for the API, a page for the site.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { DomainError, type ErrorCode, type FieldProblem } from '../errors.ts';
import { type Lang, isLang, negotiateLang, say } from '../i18n/i18n.ts';

const STATUS: Record<ErrorCode, number> = {
  BAD_REQUEST: 400,
  NOT_FOUND: 404,
  STATE_NOT_FOUND: 404,
  BODY_NOT_FOUND: 404,
  PERSON_NOT_FOUND: 404,
  PACK_INVALID: 500,
  ACCOUNT_EXISTS: 409,
  VALIDATION: 400,
  CONFLICT: 409,
  RECORD_NOT_FOUND: 404,
  FORBIDDEN: 403,
  BUSY: 503,
};
/** Seconds a client is asked to wait before trying again: a layout takes well under a second, so a queue drains in a few. */
const RETRY_AFTER: Partial<Record<ErrorCode, number>> = { BUSY: 5 };

export type ErrorPage = (req: FastifyRequest, status: number, problems: readonly FieldProblem[]) => JSX.Element;

/** Turns a request validation failure into problems that name the parameter. */
export function validationProblems(error: FastifyError): FieldProblem[] {
  if (!hasZodFastifySchemaValidationErrors(error)) return [{ field: '', message: error.message }];
  return error.validation.flatMap((v) => {
    const keys = (v.params as { keys?: string[] }).keys;
    const where = v.instancePath.replace(/^\//, '').replace(/\//g, '.');
    if (v.keyword === 'unrecognized_keys' && keys) {
      return keys.map((k) => ({ field: where ? `${where}.${k}` : k, message: 'unknown parameter' }));
    }
    return [{ field: where, message: v.message ?? 'invalid' }];
  });
}

/** The language to explain a problem in: the page's, the API's `lang`, else the browser's. */
function readerLang(req: FastifyRequest): Lang {
  const prefix = req.url.slice(1, 3);
  if (isLang(prefix) && (req.url.length === 3 || '/?'.includes(req.url[3]!))) return prefix;
  const asked = new URLSearchParams(req.url.split('?', 2)[1] ?? '').get('lang');
  return isLang(asked) ? asked : negotiateLang(req.headers['accept-language']);
}

export function installErrorHandling(app: FastifyInstance, page: ErrorPage): void {
  const send = async (
    req: FastifyRequest,
    reply: FastifyReply,
    status: number,
    code: string,
    message: string,
    problems: readonly FieldProblem[],
  ) => {
    const lang = readerLang(req);
    const said = problems.map((p) => ({ field: p.field, message: say(lang, p.message) }));
    if (req.url.startsWith('/api/'))
      return reply.code(status).send({ error: code, message: say(lang, message), problems: said });
    return reply
      .code(status)
      .type('text/html; charset=utf-8')
      .send(await page(req, status, said));
  };

  app.setErrorHandler((error: FastifyError, req, reply) => {
    if (error instanceof DomainError) {
      const retryAfter = RETRY_AFTER[error.code];
      if (retryAfter !== undefined) reply.header('retry-after', String(retryAfter));
      return send(req, reply, STATUS[error.code], error.code, error.message, error.problems);
    }
    if (error.validation || hasZodFastifySchemaValidationErrors(error)) {
      const problems = validationProblems(error);
      const fields = problems
        .map((p) => p.field)
        .filter(Boolean)
        .join(', ');
      return send(
        req,
        reply,
        400,
        'BAD_REQUEST',
        fields ? `invalid parameter: ${fields}` : 'invalid request',
        problems,
      );
    }
    if (error.statusCode && error.statusCode < 500) {
      return send(req, reply, error.statusCode, error.code ?? 'BAD_REQUEST', error.message, []);
    }
    req.log.error(error);
    return send(req, reply, 500, 'INTERNAL', 'something went wrong on our side', []);
  });

  app.setNotFoundHandler((req, reply) => send(req, reply, 404, 'NOT_FOUND', `nothing at ${req.url}`, []));
}
