// Where the browser host answers the API, apart from the contract so the page's transport needs no schema.

/** HTTP transport: `POST /api/<function name>` with the input as JSON; answers an ApiResult. */
export const API_HTTP_PREFIX = '/api/';
