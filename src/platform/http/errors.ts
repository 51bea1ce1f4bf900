/**
 * The one place domain errors and request validation errors become HTTP
 * answers: JSON naming the field for the API, a page for the site.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { DomainError, type ErrorCode, type FieldProblem } from '../errors.ts';
import { type Lang, type MessageKey, isLang, isMessageKey, negotiateLang, say, t } from '../i18n/i18n.ts';

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

/** A sentence for the reader: the page's lead or the JSON `message`; `problems` are said already. */
export type ErrorPage = (
  req: FastifyRequest,
  status: number,
  message: string,
  problems: readonly FieldProblem[],
) => JSX.Element;

/** What a reader is told when an error's own message is a developer's note rather than a message key. */
const PLAIN: Readonly<Record<string, MessageKey>> = {
  BAD_REQUEST: 'error.badRequest',
  NOT_FOUND: 'error.notFound',
  STATE_NOT_FOUND: 'error.notFound',
  BODY_NOT_FOUND: 'error.notFound',
  RECORD_NOT_FOUND: 'error.notFound',
  PACK_INVALID: 'error.internal',
  ACCOUNT_EXISTS: 'error.accountExists',
  VALIDATION: 'error.validation',
  CONFLICT: 'error.conflict',
  FORBIDDEN: 'error.forbidden',
  BUSY: 'error.busy',
  INTERNAL: 'error.internal',
};

/** Turns a request validation failure into problems that name the parameter. */
export function validationProblems(error: FastifyError): FieldProblem[] {
  if (!hasZodFastifySchemaValidationErrors(error)) return [{ field: '', message: error.message }];
  return error.validation.flatMap((v) => {
    const keys = (v.params as { keys?: string[] }).keys;
    const where = v.instancePath.replace(/^\//, '').replace(/\//g, '.');
    if (v.keyword === 'unrecognized_keys' && keys) {
      return keys.map((k) => ({ field: where ? `${where}.${k}` : k, message: 'field.unknownParam' }));
    }
    const values = (v.params as { values?: unknown[] }).values;
    // zod's "expected one of \"en\"|\"ru\"" is a developer's sentence: say the choices plainly, in the reader's language.
    if (v.keyword === 'invalid_value' && Array.isArray(values))
      return [{ field: where, message: 'field.oneOf', params: { options: values.map(String).join(', ') } }];
    return [{ field: where, message: v.message ?? 'field.invalid' }];
  });
}

/** The language to explain a problem in: the page's, the API's `lang`, else the browser's. */
function readerLang(req: FastifyRequest): Lang {
  const prefix = req.url.slice(1, 3);
  if (isLang(prefix) && (req.url.length === 3 || '/?'.includes(req.url[3]!))) return prefix;
  const asked = new URLSearchParams(req.url.split('?', 2)[1] ?? '').get('lang');
  return isLang(asked) ? asked : negotiateLang(req.headers['accept-language']);
}

/**
 * A message as the reader sees it: a message key in their language. A library's own
 * English sentence (zod, Fastify) is kept for English readers, who may act on it, and
 * replaced by `fallback` for others; a capability's developer note never reaches anyone.
 */
function plain(
  lang: Lang,
  message: string,
  params: FieldProblem['params'],
  fallback: MessageKey,
  fromLibrary: boolean,
): string {
  if (isMessageKey(message)) return say(lang, message, params);
  return fromLibrary && lang === 'en' ? message : t(lang, fallback);
}

export function installErrorHandling(app: FastifyInstance, page: ErrorPage): void {
  const send = async (
    req: FastifyRequest,
    reply: FastifyReply,
    status: number,
    code: string,
    error: {
      message: string;
      params?: FieldProblem['params'];
      problems: readonly FieldProblem[];
      fromLibrary: boolean;
    },
  ) => {
    const lang = readerLang(req);
    const fallback = PLAIN[code] ?? (status >= 500 ? 'error.internal' : 'error.badRequest');
    const message = plain(lang, error.message, error.params, fallback, error.fromLibrary);
    const said = error.problems.map((p) => ({
      field: p.field,
      // A problem's text is about the field (a parser's "front matter must be YAML"), so English readers keep it.
      message: plain(lang, p.message, p.params, 'field.invalid', true),
    }));
    if (req.url.startsWith('/api/')) return reply.code(status).send({ error: code, message, problems: said });
    return reply
      .code(status)
      .type('text/html; charset=utf-8')
      .send(await page(req, status, message, said));
  };

  app.setErrorHandler((error: FastifyError, req, reply) => {
    if (error instanceof DomainError) {
      const retryAfter = RETRY_AFTER[error.code];
      if (retryAfter !== undefined) reply.header('retry-after', String(retryAfter));
      return send(req, reply, STATUS[error.code], error.code, {
        message: error.message,
        params: error.params,
        problems: error.problems,
        fromLibrary: false,
      });
    }
    if (error.validation || hasZodFastifySchemaValidationErrors(error)) {
      const problems = validationProblems(error);
      const fields = [...new Set(problems.map((p) => p.field).filter(Boolean))].join(', ');
      return send(req, reply, 400, 'BAD_REQUEST', {
        message: fields ? 'error.invalidParams' : 'error.badRequest',
        params: { fields },
        problems,
        fromLibrary: true,
      });
    }
    if (error.statusCode && error.statusCode < 500) {
      return send(req, reply, error.statusCode, error.code ?? 'BAD_REQUEST', {
        message: error.message,
        problems: [],
        fromLibrary: true,
      });
    }
    req.log.error(error);
    return send(req, reply, 500, 'INTERNAL', { message: 'error.internal', problems: [], fromLibrary: false });
  });

  app.setNotFoundHandler((req, reply) =>
    send(req, reply, 404, 'NOT_FOUND', { message: 'error.notFound', problems: [], fromLibrary: false }),
  );
}
