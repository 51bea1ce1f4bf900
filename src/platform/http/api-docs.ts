/**
 * The published description of the API (OpenAPI) and its reference pages at /api/docs,
 * presented as the organization's: its name, its colours and a link back to the site.
 * The pages answer under the platform's Content-Security-Policy (no inline script or style).
 */
import { readFileSync } from 'node:fs';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { t } from '../i18n/i18n.ts';

const STATIC = new URL('../static/', import.meta.url);
const DOCS = '/api/docs';

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The organization's bar, written into the page itself so it shows before (and without) Swagger UI's script. */
function orgBar(publicUrl: string): string {
  const site = (path: string) => escapeHtml(new URL(path, publicUrl).href);
  return `<header class="org-bar"><div class="org-bar-inner">
<a class="org-brand" href="${site('/en')}"><span class="org-acronym">${escapeHtml(t('en', 'site.acronym'))}</span><span class="org-name">${escapeHtml(t('en', 'site.name'))}</span></a>
<nav class="org-links" aria-label="${escapeHtml(t('en', 'api.docs.siteLinks'))}"><a href="${site('/en')}">${escapeHtml(t('en', 'api.docs.backToSite'))}</a><a href="${site('/ru')}" lang="ru" hreflang="ru">${escapeHtml(t('ru', 'api.docs.backToSite'))}</a></nav>
</div></header>`;
}

export async function installApiDocs(app: FastifyInstance, publicUrl: string): Promise<void> {
  await app.register(swagger, {
    openapi: {
      info: {
        title: `${t('en', 'site.acronym')} open data API`,
        description: `The record of the ${t('en', 'site.name')} (${t('en', 'site.acronym')}) as open data. Every list takes \`asOf=YYYY-MM-DD\` where the answer depends on the day; names come in the language asked for with \`lang=en|ru\`.`,
        version: '1',
      },
      externalDocs: { description: t('en', 'api.docs.backToSite'), url: new URL('/en', publicUrl).href },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, {
    routePrefix: DOCS,
    theme: {
      title: `${t('en', 'site.acronym')} open data API — ${t('en', 'site.name')}`,
      css: [{ filename: 'cica.css', content: readFileSync(new URL('api-docs.css', STATIC), 'utf8') }],
      favicon: [
        {
          filename: 'favicon.svg',
          rel: 'icon',
          type: 'image/svg+xml',
          sizes: 'any',
          content: readFileSync(new URL('favicon.svg', STATIC)),
        },
      ],
    },
  });
  const bar = orgBar(publicUrl);
  app.addHook('onSend', async (req, reply, payload) => {
    const path = req.url.split('?', 1)[0];
    if ((path !== DOCS && path !== `${DOCS}/`) || typeof payload !== 'string' || reply.statusCode !== 200)
      return payload;
    return payload.replace(/<body>/, `<body>${bar}`);
  });
}
