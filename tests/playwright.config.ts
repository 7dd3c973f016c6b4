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
	reporter: [['list'], ['json', { outputFile: '../test-results/playwright.json' }]],
	use: {
		baseURL: `http://localhost:${port}`,
		browserName: 'chromium',
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
