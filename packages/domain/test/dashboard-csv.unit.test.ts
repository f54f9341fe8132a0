import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseCsv } from '../src/dashboard/csv.js';
import { MAX_CSV_ROWS, isIsoDate, readMetricCsv, type MetricShape } from '../src/dashboard/metric-csv.js';

const fieldsOf = (text: string) => parseCsv(text).records.map((r) => r.fields);
const linesOf = (text: string) => parseCsv(text).records.map((r) => r.line);

describe('CSV parser', () => {
  it('reads plain rows with LF, CRLF and lone CR line ends, with or without a final line end', () => {
    const expected = [
      ['date', 'series', 'value'],
      ['2025-03-31', 'total', '1'],
    ];
    assert.deepEqual(fieldsOf('date,series,value\n2025-03-31,total,1\n'), expected);
    assert.deepEqual(fieldsOf('date,series,value\r\n2025-03-31,total,1\r\n'), expected);
    assert.deepEqual(fieldsOf('date,series,value\r2025-03-31,total,1'), expected);
    assert.deepEqual(linesOf('a\r\nb\rc\nd'), [1, 2, 3, 4]);
  });

  it('drops a UTF-8 byte order mark', () => {
    assert.deepEqual(fieldsOf('\uFEFFdate,series,value\n'), [['date', 'series', 'value']]);
  });

  it('skips empty and blank lines but keeps counting them', () => {
    const { records } = parseCsv('date,series,value\n\n2025-03-31,total,1\n   \r\n2025-06-30,total,2\n\n');
    assert.deepEqual(
      records.map((r) => [r.line, r.fields[0]]),
      [
        [1, 'date'],
        [3, '2025-03-31'],
        [5, '2025-06-30'],
      ],
    );
  });

  it('reads quoted fields with commas, doubled quotes and line breaks, numbering by the first line', () => {
    const { records, problems } = parseCsv('a,"b, c","say ""hi"""\n"multi\r\nline",x,""\nnext,1,2');
    assert.deepEqual(problems, []);
    assert.deepEqual(records, [
      { line: 1, fields: ['a', 'b, c', 'say "hi"'] },
      { line: 2, fields: ['multi\r\nline', 'x', ''] },
      { line: 4, fields: ['next', '1', '2'] },
    ]);
  });

  it('keeps empty fields, including a trailing one', () => {
    assert.deepEqual(fieldsOf('a,,\n'), [['a', '', '']]);
  });

  it('reports stray and unclosed quotes by line and goes on with the next line', () => {
    const { records, problems } = parseCsv('ok,1,2\nab"c,1,2\n"x"y,1,2\nok,3,4\n"never closed,1,2\nlost');
    assert.deepEqual(
      records.map((r) => r.line),
      [1, 4],
    );
    assert.deepEqual(
      problems.map((p) => p.line),
      [2, 3, 5],
    );
    assert.match(problems[0]!.message, /quote inside an unquoted field/);
    assert.match(problems[1]!.message, /after a closing quote/);
    assert.match(problems[2]!.message, /not closed/);
  });
});

describe('metric CSV', () => {
  const persons: MetricShape = { unit: 'persons', kind: 'breakdown-over-time', period: 'quarter' };
  const read = (text: string, shape: MetricShape = persons) => readMetricCsv(text, shape);

  it('accepts a good file, in any header case, and returns points, series order and the latest date', () => {
    const result = read('Date, Series ,VALUE\n2024-12-31,UA,3820\n2025-03-31,UA,3600\n2025-03-31,VE,829\n');
    assert.ok(result.ok);
    assert.deepEqual(result.series, ['UA', 'VE']);
    assert.equal(result.latestDate, '2025-03-31');
    assert.deepEqual(result.points[2], { series: 'VE', date: '2025-03-31', value: 829 });
  });

  it('requires the header and refuses a file without it', () => {
    const result = read('2025-03-31,total,1\n');
    assert.ok(!result.ok);
    assert.deepEqual(result.lines, [
      { line: 1, message: 'expected the header "date,series,value", found "2025-03-31,total,1"' },
    ]);
    assert.ok(!read('').ok);
    assert.match((read('date,series,value\n\n') as { message: string }).message, /no data rows/);
  });

  it('lists every bad line with all its problems, and accepts nothing', () => {
    const text = [
      'date,series,value',
      '2025-03-31,UA,100',
      '2025-02-30,UA,1',
      '2025-03-31,VE,-4',
      '2025-03-31,VE,12.5',
      '31.03.2025,bad key!,x',
      '2025-03-31,SY',
      '2025-03-31,UA,7',
      '2025-04-30,RO,"1,5"',
    ].join('\n');
    const result = read(text);
    assert.ok(!result.ok);
    assert.equal(result.reason, 'invalid');
    assert.deepEqual(
      result.lines.map((l) => l.line),
      [3, 4, 5, 6, 7, 8, 9],
    );
    const byLine = Object.fromEntries(result.lines.map((l) => [l.line, l.message]));
    assert.match(byLine[3]!, /not a calendar date/);
    assert.match(byLine[4]!, /negative/);
    assert.match(byLine[5]!, /whole numbers/);
    assert.match(byLine[6]!, /not a calendar date.*; series .* is not a key.*; value "x" is not a number/);
    assert.match(byLine[7]!, /expected 3 fields/);
    assert.match(byLine[8]!, /already has a value for 2025-03-31 \(line 2\)/);
    assert.match(byLine[9]!, /not the end of a quarter.*; value "1,5": write decimals with a point/);
  });

  it('allows decimals for percentages only', () => {
    assert.ok(read('date,series,value\n2025-03-31,EU,61.41\n', { ...persons, unit: 'percent' }).ok);
    assert.ok(!read('date,series,value\n2025-03-31,EU,61.41\n').ok);
  });

  it('holds a time series to the key "total" and a breakdown to one date', () => {
    const series = read('date,series,value\n2025-03-31,UA,1\n', { ...persons, kind: 'time-series' });
    assert.ok(!series.ok);
    assert.match(series.lines[0]!.message, /must be "total"/);
    const breakdown = read('date,series,value\n2025-03-31,work,1\n2024-12-31,study,2\n', {
      ...persons,
      kind: 'breakdown',
    });
    assert.ok(!breakdown.ok);
    assert.deepEqual(breakdown.lines, [
      { line: 3, message: 'date 2024-12-31: a breakdown has one date for all rows (line 2 has 2025-03-31)' },
    ]);
  });

  it('holds a yearly metric to 31 December, except for its latest date', () => {
    const yearly = { ...persons, period: 'year' as const };
    assert.ok(read('date,series,value\n2023-12-31,EU,1\n2024-12-31,EU,2\n2025-03-31,EU,3\n', yearly).ok);
    const result = read('date,series,value\n2024-06-30,EU,1\n2025-03-31,EU,3\n', yearly);
    assert.ok(!result.ok);
    assert.equal(result.lines[0]!.line, 2);
  });

  it(`refuses more than ${MAX_CSV_ROWS} rows as too many`, () => {
    const rows = Array.from({ length: MAX_CSV_ROWS + 1 }, (_, i) => `2025-03-31,s${i},1`);
    const result = read(['date,series,value', ...rows].join('\n'));
    assert.ok(!result.ok);
    assert.equal(result.reason, 'too_many_rows');
  });

  it('knows calendar dates', () => {
    assert.equal(isIsoDate('2024-02-29'), true);
    assert.equal(isIsoDate('2025-02-29'), false);
    assert.equal(isIsoDate('2025-13-01'), false);
    assert.equal(isIsoDate('2025-1-01'), false);
  });
});
