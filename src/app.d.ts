// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		interface Error {
			message: string;
			/** What the reader can do next, shown under the message. */
			hint?: string;
			/** A way forward, e.g. back to the quiz a broken link came from. */
			action?: { href: string; label: string };
		}
		interface Locals {
			/** A quiz answer the server could not read, for the same request's load to draw again. */
			refusedAnswer?: { typed: string };
		}
	}
}

export {};
