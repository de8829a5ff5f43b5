import { InvalidArgumentError } from 'commander';

/** `--limit 20`: a whole number in range, or a usage error naming the value. */
export function positiveInteger(max: number): (value: string) => number {
  return (value) => {
    const parsed = Number(value);
    if (
      !/^\d+$/.test(value.trim()) ||
      !Number.isSafeInteger(parsed) ||
      parsed < 1 ||
      parsed > max
    ) {
      throw new InvalidArgumentError(`"${value}" is not a whole number between 1 and ${max}.`);
    }
    return parsed;
  };
}
