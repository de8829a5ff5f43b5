import type { CsvError } from 'csv-parse';

/** csv-parse's error codes, said the way a person fixing the file needs to hear them. */
export function describeCsvError(error: CsvError, lastRecordEnd: number): string {
  const line = Number(error['lines'] ?? lastRecordEnd + 1);
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return `line ${lastRecordEnd + 1}: a quoted field starts here and is never closed (a missing ")`;
    case 'INVALID_OPENING_QUOTE':
      return `line ${line}: a quote (") inside a field that is not quoted; put the whole field in quotes and write the quote twice ("")`;
    case 'CSV_INVALID_CLOSING_QUOTE':
      return `line ${line}: text follows the closing quote of a field; write a quote inside a quoted field twice ("")`;
    case 'CSV_MAX_RECORD_SIZE':
      return `line ${lastRecordEnd + 1}: a record is larger than 16 MB; is the delimiter or quoting wrong?`;
    default:
      return `line ${line}: the CSV cannot be read (${error.message})`;
  }
}
