// Swagger UI over the API's own OpenAPI document (same origin: no CORS, no CDN).
window.addEventListener('DOMContentLoaded', () => {
  window.ui = window.SwaggerUIBundle({ url: '/v1/openapi.json', dom_id: '#swagger-ui', deepLinking: true });
});
