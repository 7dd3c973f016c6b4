/**
 * `npm run audit [-- --seeds N] [--verbose]`: generates every quiz module for N seeds (2,000 by default)
 * and checks every question-integrity rule against the answer key; prints a count per rule and exits
 * non-zero on any violation.
 */
import { actorsOf } from '../lib/quiz/actors';
import { generateQuiz, QuizError } from '../lib/quiz/generate';
import type { Question } from '../lib/quiz/types';
import { Oracle } from './audit/gold';
import { loadAll } from './audit/load';
import { auditRound, emptyCounts, RULES, type Rule } from './audit/rules';

export interface AuditResult {
	rounds: number;
	questions: number;
	/** Per kind: rounds with three or more of its questions, and those where one answer takes most. */
	balance: Record<string, { rounds: number; dominated: number }>;
	/** How many outlets the "which outlet" answers tick, and how often. */
	outletSizes: Record<number, number>;
	counts: Record<Rule, number>;
	examples: Partial<Record<Rule, string[]>>;
}

/** Audits `seeds` rounds of every module (seeds 1..n). */
export function audit(seeds: number, root = process.cwd()): AuditResult {
	const { bank, texts, modules } = loadAll(root);
	const oracle = new Oracle(root);
	const counts = emptyCounts();
	const examples: AuditResult['examples'] = {};
	let rounds = 0;
	let questions = 0;
	const balance: AuditResult['balance'] = {};
	const outletSizes: AuditResult['outletSizes'] = {};
	const actors = actorsOf(bank);
	const answerOf = (q: Question) => {
		if (q.kind === 'figure' || q.kind === 'estimate')
			return actors.actor(bank.figures[q.source.item]?.claimantId ?? '@outlet');
		if (q.kind === 'said-or-not') return actors.actor(q.speakerId ?? '');
		return bank.entities[q.answer] ? actors.actor(q.answer) : q.answer;
	};
	for (const module of modules) {
		for (let seed = 1; seed <= seeds; seed++) {
			let round;
			try {
				round = generateQuiz(bank, module, seed, { texts }).questions;
			} catch (e) {
				if (e instanceof QuizError) continue;
				throw e;
			}
			rounds++;
			questions += round.length;
			for (const kind of new Set(round.map((q) => q.kind))) {
				const answers = round.filter((q) => q.kind === kind).map(answerOf);
				if (answers.length < 3) continue;
				const top = Math.max(...answers.map((a) => answers.filter((b) => b === a).length));
				const b = (balance[kind] ??= { rounds: 0, dominated: 0 });
				b.rounds++;
				if (top > answers.length / 2) b.dominated++;
			}
			for (const q of round.filter((x) => x.kind === 'which-outlet')) {
				const n = q.answer.split(',').length;
				outletSizes[n] = (outletSizes[n] ?? 0) + 1;
			}
			auditRound(bank, texts, oracle, round, (rule, q, why) => {
				counts[rule]++;
				const list = (examples[rule] ??= []);
				if (list.length < 5) list.push(`${module.slug}?seed=${seed} ${q.id}: ${why}`);
			});
		}
	}
	return { rounds, questions, balance, outletSizes, counts, examples };
}

function main(argv: string[]): number {
	const at = argv.indexOf('--seeds');
	const seeds = at >= 0 ? Number(argv[at + 1]) : 2000;
	if (!Number.isInteger(seeds) || seeds < 1) {
		process.stderr.write('usage: npm run audit -- [--seeds N] [--verbose]\n');
		return 2;
	}
	const result = audit(seeds);
	process.stdout.write(`${result.rounds} rounds, ${result.questions} questions\n`);
	for (const [rule, n] of Object.entries(result.counts) as [Rule, number][]) {
		process.stdout.write(`${String(n).padStart(7)}  ${rule.padEnd(20)} ${RULES[rule]}\n`);
		if (n > 0 && argv.includes('--verbose'))
			for (const ex of result.examples[rule] ?? []) process.stdout.write(`           ${ex}\n`);
	}
	process.stdout.write('\nBalance (information): rounds where one answer takes most of a kind\n');
	for (const [kind, b] of Object.entries(result.balance))
		process.stdout.write(`${String(b.dominated).padStart(7)} of ${b.rounds}  ${kind}\n`);
	const sizes = Object.entries(result.outletSizes).map(([n, k]) => `${n} outlet(s): ${k}`);
	process.stdout.write(`"Which outlet" answers: ${sizes.join(', ') || 'none'}\n`);
	const total = Object.values(result.counts).reduce((a, b) => a + b, 0);
	process.stdout.write(total ? `\n${total} violations\n` : '\nNo violations.\n');
	return total ? 1 : 0;
}

if (process.argv[1] && /audit\.ts$/.test(process.argv[1]))
	process.exitCode = main(process.argv.slice(2));
