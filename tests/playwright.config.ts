import { defineConfig } from '@playwright/test';
import { chromiumPath } from './e2e/chromium';

const port = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
	testDir: './e2e',
	outputDir: '../test-results/playwright',
	fullyParallel: true,
	workers: process.env.CI ? 2 : undefined,
	retries: 0,
	forbidOnly: true,
	// Generous limits: a slow, busy machine must not fail a test by time alone.
	timeout: 120_000,
	expect: { timeout: 20_000 },
	reporter: [['list'], ['json', { outputFile: '../test-results/playwright.json' }]],
	use: {
		baseURL: `http://localhost:${port}`,
		browserName: 'chromium',
		// The service worker would precache the whole site in every fresh context and answer requests
		// itself; only the offline tests (offline.test.ts) let it run.
		serviceWorkers: 'block',
		launchOptions: {
			executablePath: chromiumPath(),
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync'
			]
		}
	},
	webServer: {
		command: 'npm run --silent build && node src/scripts/serve.js',
		cwd: '..',
		url: `http://localhost:${port}/`,
		// A generous rate limit: many tests share one client address. rate-limit tests start their own server.
		env: {
			PORT: String(port),
			ORIGIN: `http://localhost:${port}`,
			QUIET_LOG: '1',
			RESULTS_BURST: '100000'
		},
		reuseExistingServer: false,
		timeout: 180_000,
		stdout: 'ignore',
		stderr: 'pipe'
	}
});
