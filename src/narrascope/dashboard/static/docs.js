// Starts Swagger UI on the API's own OpenAPI description (a file, not inline: the CSP forbids inline script).
"use strict";
window.addEventListener("load", () => {
  window.ui = SwaggerUIBundle({ url: "/openapi.json", dom_id: "#swagger-ui", deepLinking: true });
});
