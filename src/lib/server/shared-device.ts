/** "This is a shared computer": a cookie the student sets, read by the quiz pages (never stored here). */
import type { Cookies } from '@sveltejs/kit';
import { SHARED_DEVICE_COOKIE } from '$lib/quiz/storage';

export function isSharedDevice(cookies: Cookies): boolean {
	return cookies.get(SHARED_DEVICE_COOKIE) === '1';
}

export function setSharedDevice(cookies: Cookies, url: URL, on: boolean) {
	const options = {
		path: '/',
		// The results page's script reads it, to forget the browser's quiz memory there too.
		httpOnly: false,
		sameSite: 'lax' as const,
		secure: url.protocol === 'https:',
		maxAge: 60 * 60 * 24 * 365
	};
	if (on) cookies.set(SHARED_DEVICE_COOKIE, '1', options);
	else cookies.delete(SHARED_DEVICE_COOKIE, options);
}
