// Assertions that fail with just their message: the node:test reporter prints an
// error's stack, and for these checks the message says all there is to say.
export class CheckFailure extends Error {
  constructor(message) {
    super(message);
    this.stack = message;
  }
}
CheckFailure.prototype.name = 'CheckFailure';

/** Fails with `message` (a string, or a function making one) unless `condition` holds. */
export async function check(condition, message) {
  if (!condition) throw new CheckFailure(typeof message === 'function' ? await message() : message);
}

/** Fails when `problems` (a list of strings) is not empty, with a header line and one line each. */
export function noProblems(problems, header) {
  if (problems.length) throw new CheckFailure(`${header}\n  ${problems.join('\n  ')}`);
}
