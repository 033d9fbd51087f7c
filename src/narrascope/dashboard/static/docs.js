// Starts Swagger UI on the API's own OpenAPI description (a file, not inline: the CSP forbids inline script).
"use strict";
window.addEventListener("load", () => {
  // validatorUrl: null, else Swagger UI asks validator.swagger.io about the description (nothing leaves)
  window.ui = SwaggerUIBundle({ url: "/openapi.json", dom_id: "#swagger-ui", deepLinking: true, validatorUrl: null });
});
