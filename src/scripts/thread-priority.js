/** Lowers the CPU priority of the calling thread (Linux; elsewhere nothing happens). */
import { readlinkSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';

/**
 * Raises this thread's nice value by `steps` (at most 19): renders then give way to the main
 * thread, which answers every request, whenever both want the CPU. Linux applies a nice value per
 * thread; /proc/thread-self names this thread's id.
 * @param {number} steps
 */
export function yieldCpuToMainThread(steps) {
	try {
		const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
		setPriority(tid, Math.min(19, getPriority(tid) + steps));
	} catch {
		// Not Linux, or not allowed: the thread keeps its priority.
	}
}
