// Everything that does not depend on a request is built ahead; request-bound routes opt out.
export const prerender = true;
