// Starts Swagger UI on the API's own OpenAPI description (a file, not inline: the CSP forbids inline script).
"use strict";
window.addEventListener("load", () => {
  // The bundled Swagger UI (4.x) reads OpenAPI 3.0, not the 3.1 of /openapi.json: the server tells it in 3.0.
  // validatorUrl: null, else Swagger UI asks validator.swagger.io about the description (nothing leaves).
  window.ui = SwaggerUIBundle({ url: "/openapi-3.0.json", dom_id: "#swagger-ui", deepLinking: true,
                                validatorUrl: null });
});
