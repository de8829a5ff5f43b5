import type { Command } from 'commander';
import { NotAvailableError } from '../cli-errors.ts';

/**
 * Commands of DESIGN.md whose issue has not landed: they are listed with their real
 * arguments, and running one says so plainly (exit 2) instead of pretending.
 * Wiring one later means replacing this action in its own file.
 */
export function notAvailableYet(command: Command): Command {
  return command.option('--json', 'machine-readable output').action(() => {
    throw new NotAvailableError(command.name());
  });
}
