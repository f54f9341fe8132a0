/** A record of a CSV file and the line it starts on (1-based; a quoted field may span lines). */
export interface CsvRecord {
  line: number;
  fields: string[];
}

export interface LineProblem {
  line: number;
  message: string;
}

export interface ParsedCsv {
  records: CsvRecord[];
  /** Records that could not be read (a stray or unclosed quote); they are not in `records`. */
  problems: LineProblem[];
}

/**
 * Reads comma-separated values as RFC 4180 describes them, forgiving what spreadsheets write:
 * a UTF-8 byte order mark, CRLF, LF or CR line ends, a missing final line end, and empty lines
 * (skipped, but counted, so line numbers match what an editor shows). Fields may be quoted;
 * `""` inside quotes is one quote, and quoted fields may hold commas and line breaks.
 */
export function parseCsv(text: string): ParsedCsv {
  const input = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  const problems: LineProblem[] = [];

  let line = 1;
  let index = 0;
  while (index < input.length) {
    const start = line;
    const fields: string[] = [];
    let problem: string | undefined;
    let quotedAny = false;
    let field = '';
    let ended = false;

    while (!ended) {
      const char = input[index];
      if (char === undefined) {
        fields.push(field);
        break;
      }
      if (char === '"' && field === '') {
        // A quoted field: read to the closing quote.
        quotedAny = true;
        index += 1;
        let closed = false;
        while (index < input.length) {
          const inner = input[index]!;
          if (inner === '"') {
            if (input[index + 1] === '"') {
              field += '"';
              index += 2;
              continue;
            }
            index += 1;
            closed = true;
            break;
          }
          if (inner === '\r' || inner === '\n') {
            line += 1;
            if (inner === '\r' && input[index + 1] === '\n') {
              field += '\r\n';
              index += 2;
              continue;
            }
          }
          field += inner;
          index += 1;
        }
        if (!closed) {
          problems.push({ line: start, message: 'a quoted field is not closed (missing ")' });
          return { records, problems };
        }
        const next = input[index];
        if (next !== undefined && next !== ',' && next !== '\r' && next !== '\n') {
          problem ??= 'unexpected text after a closing quote (write "" for a quote inside a quoted field)';
          // Read the rest of the field as it stands, so the next line starts where it should.
          while (index < input.length && !',\r\n'.includes(input[index]!)) field += input[index++];
        }
        continue;
      }
      if (char === ',') {
        fields.push(field);
        field = '';
        index += 1;
        continue;
      }
      if (char === '\r' || char === '\n') {
        fields.push(field);
        index += char === '\r' && input[index + 1] === '\n' ? 2 : 1;
        line += 1;
        ended = true;
        continue;
      }
      if (char === '"') problem ??= 'a quote inside an unquoted field (quote the whole field and write "" inside)';
      field += char;
      index += 1;
    }

    const empty = !quotedAny && fields.length === 1 && fields[0]!.trim() === '';
    if (empty) continue;
    if (problem) problems.push({ line: start, message: problem });
    else records.push({ line: start, fields });
  }
  return { records, problems };
}
